/**
 * The form's fields as the checks see them: their order, their errors, and
 * the form's state beyond its values. The checks themselves
 * (form-validation.ts), and what the form would send, come with the
 * submission's code, fetched once the person starts writing.
 */
import type { Language } from '../../schema/common.ts';
import type { ContributionValues } from './draft-controller.ts';
import type { ContributionFormTranslation } from './translations/translation.ts';

/** The fields that can be wrong, in the form's order: the first one gets the focus. */
export const FIELDS = [
  'theme',
  'title',
  'text',
  'role',
  'territory',
  'displayName',
  'email',
  'consent',
] as const;
export type Field = (typeof FIELDS)[number];

/** A message kept as a function of the dictionary, so it follows a later language switch. */
export type Message = (t: ContributionFormTranslation) => string;
export type FieldErrors = Partial<Record<Field, Message>>;

/** What the checks work from: the draft's values, and the theme attribute, the consent, the honeypot, who is signed in, the form's language. */
export interface FormState {
  values: ContributionValues;
  theme: string;
  /** The language the form speaks: the author is written to in it (when they leave an e-mail). */
  language: Language;
  consent: boolean;
  website: string;
  /** The signed-in person as their site vouches for them; undefined for an anonymous visitor. */
  author?: Author;
}

/** A signed-in author: the name and roles their token gives (the API accepts no other). */
export interface Author {
  /** Null when the site gives no name: such a person publishes anonymously. */
  name: string | null;
  roles: readonly string[];
}

/** The first field in error, in the form's order. */
export function firstInvalid(errors: FieldErrors): Field | undefined {
  return FIELDS.find((field) => errors[field]);
}
