/**
 * The class participation widgets extend: a SipElement that also knows who
 * the visitor is. Apart from sip-element.ts so that the moderation page,
 * which extends SipElement alone, never bundles the visitor's identity code.
 */
import type { PropertyDeclarations } from 'lit';
import type { SipErrorEventMap } from './events.ts';
import { IdentityController } from './identity-controller.ts';
import { type Dictionary, SipElement } from './sip-element.ts';

/**
 * A participation widget: an element that also knows who the visitor is, from
 * its `token` or the host site's token-url, and follows them as they sign in
 * or out.
 */
export class SipWidget<
  T extends Dictionary,
  E extends SipErrorEventMap = SipErrorEventMap,
> extends SipElement<T, E> {
  static override properties: PropertyDeclarations = { token: {}, tokenUrl: { attribute: 'token-url' } };

  /** The visitor's JWT from the host site. Prefer `token-url`, which is refreshed before it expires. */
  token?: string;

  /** Host-site URL answering `{ token }` with the visitor's session; defaults to `<meta name="sip:token-url">`. */
  tokenUrl?: string;

  /** Who the visitor is; its `version` changes when the person does, so data tasks list it among their arguments. */
  protected readonly identity = new IdentityController(this);
}
