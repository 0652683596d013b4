/**
 * What the moderation page's elements share beyond the kit's base element:
 * its dictionaries, its events, and the admin API client.
 */
import type { PropertyDeclarations } from 'lit';
import { resolveApiBase } from '../internal/config.ts';
import { SipElement } from '../internal/sip-element.ts';
import { AdminClient } from './admin.api.ts';
import type { SipAdminEventMap } from './admin.events.ts';
import { type AdminTranslation, adminDictionaries } from './translations/dictionaries.ts';

/** An element of the moderation page, speaking its dictionaries and calling the admin API. */
export class SipModerationElement extends SipElement<AdminTranslation, SipAdminEventMap> {
  // Declared rather than decorated, as in SipElement.
  static override properties: PropertyDeclarations = { client: { attribute: false } };

  /** The admin API client: the moderation app gives its views its own; without one, the element makes one for its `api`. */
  client?: AdminClient;

  private ownClient?: AdminClient;

  constructor() {
    super(adminDictionaries);
  }

  /** The client to call: the one given, else this element's own (one per API base). */
  protected get adminClient(): AdminClient {
    if (this.client) return this.client;
    const base = resolveApiBase(this);
    if (this.ownClient?.apiBase !== base) this.ownClient = new AdminClient(base, () => this.unauthorized());
    return this.ownClient;
  }

  /** Called on any 401 from the element's own client: the token was revoked or the session ended. */
  protected unauthorized(): void {}

  /** Moves focus to the element's heading, so a screen reader says where the moderator landed. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }
}
