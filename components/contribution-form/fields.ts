/**
 * The form's fields as the checks see them: their order, their errors, and
 * what the form would send. The checks themselves (form-validation.ts) come
 * with the submission's code, fetched once the person starts writing.
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

/** The form's state beyond the draft: the theme attribute, the consent, the honeypot, who is signed in, its language. */
export interface FormExtras {
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

/** What the form would send, before the schema trims and checks it. */
export function contributionInput(values: ContributionValues, extras: FormExtras): Record<string, unknown> {
  const { theme, displayName, email, ...fields } = values;
  const { author } = extras;
  // A signed-in person is published under their site's name, or anonymously when it gives none.
  const anonymous = values.anonymous || (author !== undefined && author.name === null);
  const name = author ? (author.name ?? '') : displayName;
  return {
    ...fields,
    theme: extras.theme || theme,
    anonymous,
    // Never send a name the person chose not to publish.
    displayName: anonymous ? undefined : name,
    email: email.trim() ? email : undefined,
    language: extras.language,
    consent: extras.consent,
    website: extras.website || undefined,
  };
}

/** The first field in error, in the form's order. */
export function firstInvalid(errors: FieldErrors): Field | undefined {
  return FIELDS.find((field) => errors[field]);
}

/** The errors shown that still apply (with their current message); none is added while typing. */
export function stillWrong(shown: FieldErrors, current: FieldErrors): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of FIELDS) if (shown[field] && current[field]) errors[field] = current[field];
  return errors;
}
