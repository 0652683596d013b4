/**
 * The view's name in the page's navigation, in every language at once: the
 * navigation is drawn before the events' own dictionary is fetched, and it
 * must not wait for it.
 */
import type { Language } from '../../../../schema/common.ts';

export const EVENTS_NAV_LABEL: Record<Language, string> = {
  fr: 'Événements',
  nl: 'Evenementen',
  en: 'Events',
};
