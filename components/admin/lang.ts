/**
 * The moderation page's language, resolved as the widgets' is (the element's
 * `lang`, else the nearest ancestor's across shadow roots, else `<html lang>`),
 * but with the page's own dictionaries.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from '../../schema/common.ts';
import { resolveLanguage } from '../internal/lang.ts';
import {
  type AdminTranslation,
  fr,
  loadedTranslation,
  loadTranslation,
} from './translations/dictionaries.ts';

const controllers = new Set<AdminLanguageController>();
let observer: MutationObserver | undefined;

function observe(root: Node): void {
  observer ??= new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element `t`, the dictionary of its language, and re-renders it on
 * a `lang` change anywhere. A dictionary not loaded yet is fetched first:
 * meanwhile the element keeps the previous one, so it never shows a mix.
 */
export class AdminLanguageController implements ReactiveController {
  language: Language = 'fr';
  t: AdminTranslation = fr;
  /** Settles (never rejects) once `t` follows `language`, or its dictionary could not be fetched. */
  ready: Promise<void> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    observe(document);
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      observe(root);
    }
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  refresh(): void {
    const next = resolveLanguage(this.host);
    if (next === this.language) return;
    this.language = next;
    this.host.requestUpdate();
    const loaded = loadedTranslation(next);
    if (loaded) {
      this.t = loaded;
      this.ready = Promise.resolve();
      return;
    }
    this.ready = loadTranslation(next).then(
      (translation) => {
        if (this.language !== next) return;
        this.t = translation;
        this.host.requestUpdate();
      },
      () => {
        if (this.language === next) this.language = this.t.$code;
      },
    );
  }
}
