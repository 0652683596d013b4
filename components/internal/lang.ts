/**
 * The widget's language follows the page, as HTML's own `lang` inheritance
 * does: the element's `lang`, else the nearest ancestor's (across shadow
 * roots), else `<html lang>`. French is the default and the fallback.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from '../../schema/common.ts';
import { LANGUAGES } from '../../schema/vocabulary.ts';
import type { Translation } from '../translations/dictionaries.ts';
import type { Dictionaries } from './dictionaries.ts';

export const DEFAULT_LANGUAGE: Language = 'fr';

/** `nl-BE` → `nl`; anything the kit does not speak → French. */
export function toLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : DEFAULT_LANGUAGE;
}

function parentAcrossShadow(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

/** The language an element is in, per the rules above. */
export function resolveLanguage(element: Element): Language {
  for (let node: Node | null = element; node; node = parentAcrossShadow(node)) {
    const tag = node instanceof Element ? node.getAttribute('lang')?.trim() : undefined;
    // An empty lang means "unknown": keep looking rather than fall to French.
    if (tag) return toLanguage(tag);
  }
  return toLanguage(document.documentElement.lang);
}

/**
 * One observer for the whole page: a `lang` change anywhere (the page's
 * language switcher, usually) re-evaluates every widget, without a reload.
 */
const controllers = new Set<{ refresh(): void }>();
let observer: MutationObserver | undefined;
const OBSERVED = { attributes: true, attributeFilter: ['lang'], subtree: true };

function observe(root: Node): void {
  observer ??= new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  observer.observe(root, OBSERVED);
}

/**
 * Gives a Lit element its `language` and the dictionary `t` to render with
 * (the shared part and the widget's own, from `dictionaries`), and re-renders
 * it when they change. A dictionary that is not loaded yet is fetched first:
 * meanwhile the element keeps speaking the previous language (French at
 * first), so it never shows a mix of languages nor bare keys.
 */
export class LanguageController<T extends { readonly $code: Language } = Translation>
  implements ReactiveController
{
  /** The language the element is in, per the page. */
  language: Language = DEFAULT_LANGUAGE;
  /** The dictionary to render: `language`'s own once loaded. Its `$code` is the language to format in. */
  t: T;
  /** Settles (never rejects) once `t` follows `language`, or its dictionary could not be fetched. */
  ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly dictionaries: Dictionaries<T>,
  ) {
    this.t = dictionaries.fr;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    observe(document);
    // A document-wide observer does not see into shadow trees: watch every
    // shadow root between this element and the document as well.
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
    const loaded = this.dictionaries.loaded(next);
    if (loaded) {
      this.t = loaded;
      this.ready = Promise.resolve();
      return;
    }
    this.ready = this.dictionaries.load(next).then(
      (translation) => {
        // The page may have switched again while the chunk was on its way.
        if (this.language !== next) return;
        this.t = translation;
        this.host.requestUpdate();
      },
      // Unreachable chunk: keep speaking the current language; a later lang change tries again.
      () => {
        if (this.language === next) this.language = this.t.$code;
      },
    );
  }
}
