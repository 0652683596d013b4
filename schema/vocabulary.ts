/**
 * The plain values behind the shared schemas: languages, roles, audiences,
 * and `localize`. No valibot here, so that widgets can show them before their
 * checks (a chunk fetched on demand) are loaded: a bundler keeps a module in
 * one chunk, so importing common.ts would bring valibot with it.
 */

/** The kit's languages; French is the default and the fallback. */
export const LANGUAGES = ['fr', 'nl', 'en'] as const;

/** Stakeholder categories a host site may vouch for. */
export const ROLES = ['freelancer', 'member', 'staff', 'client', 'supplier', 'partner'] as const;

/** Who may take part in an item. */
export const AUDIENCES = ['public', 'participants', 'members'] as const;

export type Language = (typeof LANGUAGES)[number];

/** Text in each language the kit speaks, French required (the shape the LocalizedText schema checks). */
export interface LocalizedText {
  fr: string;
  nl?: string;
  en?: string;
}

/** Picks the text for a language, falling back to French. */
export function localize(text: LocalizedText, language: Language): string {
  return text[language] || text.fr;
}
