/**
 * The classes every element of the kit extends (as Shoelace's
 * ShoelaceElement): what each would otherwise copy, once. `SipElement` speaks
 * the page's language and fires the kit's events; `SipWidget` also knows who
 * the visitor is. An element's class adds only its own properties, state and
 * rendering.
 *
 * Their JSDoc is part of each element's contract: the manifest analyzer
 * follows the superclass, so the attributes below are listed under every
 * element that inherits them.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Language } from '../../schema/common.ts';
import { type ApiError, asApiError } from './api.ts';
import type { Dictionaries } from './dictionaries.ts';
import type { Emit, EventDetail, SipErrorEventMap } from './events.ts';
import { IdentityController } from './identity-controller.ts';
import { LanguageController } from './lang.ts';

/**
 * Fires a kit event. Outside the class so that the manifest analyzer, which
 * reads `dispatchEvent` calls in a class as its events, does not list one
 * named after the variable: each element's events are in its `@event` tags.
 */
function dispatch(target: EventTarget, type: string, detail: unknown): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

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
  /** API base URL; defaults to `<meta name="sip:api">`, then `/api/v1/` on the bundle's origin. */
  @property() api?: string;

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
   * it, then for whatever `pendingWork` names.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await Promise.all([this.language.ready, ...this.pendingWork]);
    return super.getUpdateComplete();
  }

  /** What else `updateComplete` waits for (code fetched on demand, checks under way); none by default. */
  protected get pendingWork(): readonly (Promise<unknown> | undefined)[] {
    return [];
  }

  /**
   * Fires one of the element's events, bubbling and composed like every
   * `sip-*` event. Public for the element's own helper modules (its
   * submission code, say), not for host pages.
   * @internal
   */
  emit<K extends keyof E & string>(type: K, detail: EventDetail<E[K]>): void {
    dispatch(this, type, detail);
  }

  /** Fires `sip-error` for a failure, and returns it as an ApiError (for the message to show). */
  protected emitError(error: unknown): ApiError {
    const failure = asApiError(error);
    // `E` has `sip-error` (its constraint), but TypeScript does not narrow a generic map's entry.
    (this.emit as Emit<SipErrorEventMap>)('sip-error', { status: failure.status, code: failure.code });
    return failure;
  }
}

/**
 * A participation widget: an element that also knows who the visitor is, from
 * its `token` or the host site's token-url, and follows them as they sign in
 * or out.
 */
export class SipWidget<
  T extends Dictionary,
  E extends SipErrorEventMap = SipErrorEventMap,
> extends SipElement<T, E> {
  /** The visitor's JWT from the host site. Prefer `token-url`, which is refreshed before it expires. */
  @property() token?: string;

  /** Host-site URL answering `{ token }` with the visitor's session; defaults to `<meta name="sip:token-url">`. */
  @property({ attribute: 'token-url' }) tokenUrl?: string;

  /** Who the visitor is; its `version` changes when the person does, so data tasks list it among their arguments. */
  protected readonly identity = new IdentityController(this);
}
