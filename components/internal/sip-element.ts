/**
 * The class every element of the kit extends (as Shoelace's ShoelaceElement):
 * what each would otherwise copy, once. It speaks the page's language and
 * fires the kit's events; participation widgets extend SipWidget
 * (widget-element.ts), which also knows who the visitor is. An element's
 * class adds only its own properties, state and rendering.
 *
 * Its JSDoc is part of each element's contract: the manifest analyzer
 * follows the superclass, so the attributes below are listed under every
 * element that inherits them.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import type { Language } from '../../schema/common.ts';
import { type ApiError, asApiError } from './api.ts';
import type { Dictionaries } from './dictionaries.ts';
import type { Emit, EventDetail, SipErrorEventMap } from './events.ts';
import { LanguageController } from './lang.ts';

/** What every dictionary has: the language it is in. */
export interface Dictionary {
  readonly $code: Language;
}

/**
 * An element of the kit, speaking the page's language with dictionary `T`
 * and firing the events of map `E`.
 *
 * @attr lang - Standard HTML attribute; inherited from ancestors and `<html lang>` when absent (fr, nl or en).
 */
export class SipElement<
  T extends Dictionary,
  E extends SipErrorEventMap = SipErrorEventMap,
> extends LitElement {
  // Declared rather than decorated: esbuild would give this module a decorator helper of its own, in every bundle.
  static override properties: PropertyDeclarations = { api: {} };

  /** API base URL; defaults to `<meta name="sip:api">`, then `/api/v1/` on the bundle's origin. */
  api?: string;

  /** The element's language, following the page's `lang`, and the dictionary loaded for it. */
  protected readonly language: LanguageController<T>;

  /** @param dictionaries - The element's dictionary in every language (French at hand, the others on demand). */
  constructor(dictionaries: Dictionaries<T>) {
    super();
    this.language = new LanguageController(this, dictionaries);
  }

  /** The dictionary to render with: the element's language once loaded, the previous one meanwhile. */
  protected get t(): T {
    return this.language.t;
  }

  /**
   * Also waits for the dictionary of a newly set language, and the render in
   * it. An element that has more to wait for overrides this, awaits it, and
   * returns `super.getUpdateComplete()`.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.language.ready;
    return super.getUpdateComplete();
  }

  /**
   * Fires one of the element's events, bubbling and composed like every
   * `sip-*` event. Public for the element's own helper modules (its
   * submission code, say), not for host pages.
   * @internal
   */
  emit<K extends keyof E & string>(type: K, detail: EventDetail<E[K]>): void {
    /** @ignore The manifest lists each element's events from its `@event` tags, not from this call. */
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /**
   * Fires `sip-error` for a failure, and returns it as an ApiError (for the
   * message to show). Public for the element's own helper modules, as `emit` is.
   * @internal
   */
  emitError(error: unknown): ApiError {
    const failure = asApiError(error);
    // `E` has `sip-error` (its constraint), but TypeScript does not narrow a generic map's entry.
    (this.emit as Emit<SipErrorEventMap>)('sip-error', { status: failure.status, code: failure.code });
    return failure;
  }
}
