/**
 * The moderation page's views: one entry each, with who may open it and how
 * it renders. A feature with admin screens (events, recommendations…) adds
 * its view here, its elements and words in its own folder
 * (`components/admin/<feature>/`); admins see every view.
 */
import { html, type TemplateResult } from 'lit';
import type { Language } from '../../schema/common.ts';
import type { AdminIdentity, AdminRole } from '../../schema/moderation.ts';
import type { AdminClient } from './admin.api.ts';
import { eventsNavLabel } from './events/events.ts';
import type { Named } from './model.ts';
import type { AdminTranslation } from './translations/dictionaries.ts';

/** What the page hands every view. */
export interface ViewContext {
  client: AdminClient;
  identity: AdminIdentity;
  themes: readonly Named[];
  territories: readonly Named[];
  /** The page's words (for the core views) and language (for a view with its own dictionary). */
  t: AdminTranslation;
  language: Language;
}

export interface AdminView {
  /** Its address on the page: `/admin#<key>`. */
  key: string;
  /** Who besides admins may open it. */
  roles: readonly AdminRole[];
  /** Its name in the page's navigation. */
  label: (context: ViewContext) => string;
  render: (context: ViewContext) => TemplateResult;
}

export const VIEWS: readonly AdminView[] = [
  {
    key: 'queue',
    roles: ['moderator'],
    label: ({ t }) => t.nav.queue,
    render: ({ client, themes, territories }) =>
      html`<sip-moderation-queue .client=${client} .themes=${themes} .territories=${territories}></sip-moderation-queue>`,
  },
  {
    key: 'audit',
    roles: ['moderator', 'organiser', 'editor', 'board'],
    label: ({ t }) => t.nav.audit,
    // Exports are for admins only (the API answers others 403): others are not offered them.
    render: ({ client, themes, identity }) =>
      html`<sip-moderation-audit .client=${client} .themes=${themes} .via=${identity.via}
        ?can-export=${identity.role === 'admin'}></sip-moderation-audit>`,
  },
  {
    key: 'erasure',
    roles: [],
    label: ({ t }) => t.nav.erasure,
    render: ({ client }) => html`<sip-moderation-erasure .client=${client}></sip-moderation-erasure>`,
  },
  {
    key: 'events',
    roles: ['organiser'],
    label: ({ language }) => eventsNavLabel(language),
    render: ({ client, themes, territories, identity }) =>
      html`<sip-moderation-events .client=${client} .themes=${themes} .territories=${territories} .via=${identity.via}></sip-moderation-events>`,
  },
];

/** The views `identity` may open, in the navigation's order. */
export function viewsFor(identity: AdminIdentity): readonly AdminView[] {
  return VIEWS.filter((view) => identity.role === 'admin' || view.roles.includes(identity.role));
}
