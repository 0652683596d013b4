/**
 * The view's name in the page's navigation, in every language at once: the
 * navigation is drawn before the publication's own code and dictionary are
 * fetched, and it must not wait for them.
 */
import type { Language } from '../../../../schema/common.ts';

export const PUBLICATION_NAV_LABEL: Record<Language, string> = {
  fr: 'Publication annuelle',
  nl: 'Jaarpublicatie',
  en: 'Annual publication',
};
