/**
 * The configurator's live widget: one element of the kit (defined by
 * `sip.js`, as on a host page) kept while the tag stays, its attributes and
 * custom properties kept in step with the snippet's model. Typing waits for a
 * pause before the widget follows.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EmbedModel } from './snippet.ts';

/**
 * How long the preview waits for a pause in typing: a slug or URL typed one
 * key at a time would otherwise make the live widget ask for every prefix
 * (`o`, `ou`, `out`, …), each a request and most a 404.
 */
export const TYPING_PAUSE_MS = 400;

export class PreviewController implements ReactiveController {
  /** The live widget, once a model was shown. */
  element?: HTMLElement;
  /** Settles once the element shows the latest model (at once, or after a pause in typing). */
  synced: Promise<void> = Promise.resolve();

  private attributes = new Set<string>();
  private properties = new Set<string>();
  /** While the web team types, the element waits until this time (ms since the epoch). */
  private due = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private settle?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The next model comes from a key typed: the element follows after a pause. */
  typed(): void {
    this.due = Date.now() + TYPING_PAUSE_MS;
  }

  /** The next model comes from a choice made: the element follows at once. */
  chosen(): void {
    this.due = 0;
  }

  /**
   * Shows `model` (from the host's willUpdate), but for the token-url: the
   * preview is an anonymous visitor, since the host site's token-url answers
   * on the host site only. `extra` attributes are the preview's own (`api`).
   */
  show(model: EmbedModel, extra: Record<string, string> = {}): void {
    clearTimeout(this.timer);
    const wait = this.due - Date.now();
    if (wait > 0) {
      if (!this.settle)
        this.synced = new Promise((resolve) => {
          this.settle = resolve;
        });
      this.timer = setTimeout(() => {
        this.due = 0;
        this.host.requestUpdate();
      }, wait);
      return;
    }
    this.apply(model, extra);
    this.settle?.();
    this.settle = undefined;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.settle?.();
    this.settle = undefined;
  }

  private apply(model: EmbedModel, extra: Record<string, string>): void {
    if (this.element?.localName !== model.tag) {
      this.element = document.createElement(model.tag);
      this.attributes = new Set();
      this.properties = new Set();
    }
    const element = this.element;
    const attributes = new Map([
      ...model.attributes.filter(([name]) => name !== 'token-url'),
      ...Object.entries(extra),
    ]);
    for (const name of this.attributes) if (!attributes.has(name)) element.removeAttribute(name);
    for (const [name, value] of attributes)
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    this.attributes = new Set(attributes.keys());
    const properties = new Map(model.properties);
    for (const name of this.properties) if (!properties.has(name)) element.style.removeProperty(name);
    for (const [name, value] of properties) element.style.setProperty(name, value);
    this.properties = new Set(properties.keys());
  }
}
