/**
 * The few values of schema/common.ts the widgets need before any check runs
 * (languages, roles, `localize`). Copies: importing that module statically
 * would put it, and with it valibot, on the static path of a widget whose
 * checks are a chunk fetched on demand (a module lives in one chunk).
 * vocabulary.test.ts keeps them equal to the shared schema's.
 */
import type { Language, LocalizedText, Role } from '../../schema/common.ts';

/** The kit's languages; French is the default and the fallback. */
export const LANGUAGES: readonly Language[] = ['fr', 'nl', 'en'];

/** Stakeholder categories a host site may vouch for. */
export const ROLES: readonly Role[] = ['freelancer', 'member', 'staff', 'client', 'supplier', 'partner'];

/** Picks the text for a language, falling back to French. */
export function localize(text: LocalizedText, language: Language): string {
  return text[language] || text.fr;
}
