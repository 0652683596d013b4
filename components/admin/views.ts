/**
 * The moderation page's views: one entry each, with who may open it, its name
 * in the navigation, how to load its elements and how it renders. A feature
 * with admin screens (events, recommendations…) adds its view here, its
 * elements and words in its own folder (`components/admin/<feature>/`);
 * admins see every view.
 *
 * Only the names are imported here (a small words module per feature): each
 * view's elements are imported on demand, the first time the view is opened,
 * so the build makes each its own chunk and a moderator who only uses the
 * queue never downloads the organisers', editors' or board's code.
 */
import { html, type TemplateResult } from 'lit';
import type { Language } from '../../schema/common.ts';
import type { AdminIdentity, AdminRole } from '../../schema/moderation.ts';
import type { AdminClient } from './admin.api.ts';
import { EVENTS_NAV_LABEL } from './events/translations/nav.ts';
import type { Named } from './model.ts';
import { PUBLICATION_NAV_LABEL } from './publication/translations/nav.ts';
import { RECOMMENDATIONS_NAV_LABEL } from './recommendations/translations/nav.ts';
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
  /**
   * Defines its elements: a dynamic `import()` of its define module, which
   * the build emits as a chunk of its own. The page calls it the first time
   * the view is opened, and renders the view once it has resolved.
   */
  load: () => Promise<unknown>;
  render: (context: ViewContext) => TemplateResult;
}

export const VIEWS: readonly AdminView[] = [
  {
    key: 'queue',
    roles: ['moderator'],
    label: ({ t }) => t.nav.queue,
    load: () => import('./queue.ts'),
    render: ({ client, themes, territories }) =>
      html`<sip-moderation-queue .client=${client} .themes=${themes} .territories=${territories}></sip-moderation-queue>`,
  },
  {
    key: 'recommendations',
    roles: ['editor', 'board'],
    label: ({ language }) => RECOMMENDATIONS_NAV_LABEL[language],
    load: () => import('./recommendations/recommendations.ts'),
    render: ({ client, themes, identity }) =>
      html`<sip-moderation-recommendations .client=${client} .themes=${themes} .role=${identity.role}></sip-moderation-recommendations>`,
  },
  {
    key: 'audit',
    roles: ['moderator', 'organiser', 'editor', 'board'],
    label: ({ t }) => t.nav.audit,
    load: () => import('./audit.ts'),
    // Exports are for admins only (the API answers others 403): others are not offered them.
    render: ({ client, themes, identity }) =>
      html`<sip-moderation-audit .client=${client} .themes=${themes} .via=${identity.via}
        ?can-export=${identity.role === 'admin'}></sip-moderation-audit>`,
  },
  {
    key: 'erasure',
    roles: [],
    label: ({ t }) => t.nav.erasure,
    load: () => import('./erasure.ts'),
    render: ({ client }) => html`<sip-moderation-erasure .client=${client}></sip-moderation-erasure>`,
  },
  {
    key: 'events',
    roles: ['organiser'],
    label: ({ language }) => EVENTS_NAV_LABEL[language],
    load: () => import('./events/events.ts'),
    render: ({ client, themes, territories, identity }) =>
      html`<sip-moderation-events .client=${client} .themes=${themes} .territories=${territories} .via=${identity.via}></sip-moderation-events>`,
  },
  {
    key: 'publication',
    roles: ['editor'],
    label: ({ language }) => PUBLICATION_NAV_LABEL[language],
    load: () => import('./publication/publication-admin.ts'),
    // Publishing is for admins only (the API answers editors 403): editors are not offered it.
    render: ({ client, themes, identity }) =>
      html`<sip-moderation-publication .client=${client} .themes=${themes}
        ?can-publish=${identity.role === 'admin'}></sip-moderation-publication>`,
  },
];

/** The views `identity` may open, in the navigation's order. */
export function viewsFor(identity: AdminIdentity): readonly AdminView[] {
  return VIEWS.filter((view) => identity.role === 'admin' || view.roles.includes(identity.role));
}
