/**
 * The form's checks: the API's own ContributionInput schema, its issues
 * turned into a translated message per field (the first issue of each).
 * Part of the submission's code (submission.ts).
 */
import * as v from 'valibot';
import {
  ContributionInput,
  DISPLAY_NAME_MAX,
  TEXT_MAX,
  TEXT_MIN,
  TITLE_MAX,
  TITLE_MIN,
} from '../../schema/contributions.ts';
import type { ProblemIssue } from '../../schema/problem.ts';
import { feedback } from './feedback.ts';
import { FIELDS, type Field, type FieldErrors, type FormState, type Message } from './fields.ts';
import type { FeedbackStrings } from './translations/translation.ts';

type FieldMessages = FeedbackStrings['fieldErrors'];
const say =
  (pick: (messages: FieldMessages) => string): Message =>
  (t) =>
    pick(feedback(t).fieldErrors);

/**
 * Each field's message, given whether the value was too long (a valibot
 * `max_length` issue) rather than missing or too short. Its keys are the
 * fields: this chunk needs no value from the form's own code.
 */
const MESSAGES: Record<Field, (tooLong: boolean) => Message> = {
  theme: () => say((m) => m.themeRequired),
  title: (tooLong) =>
    tooLong ? say((m) => m.titleTooLong(TITLE_MAX)) : say((m) => m.titleTooShort(TITLE_MIN)),
  text: (tooLong) => (tooLong ? say((m) => m.textTooLong(TEXT_MAX)) : say((m) => m.textTooShort(TEXT_MIN))),
  role: () => say((m) => m.roleRequired),
  territory: () => say((m) => m.territoryRequired),
  displayName: (tooLong) =>
    tooLong ? say((m) => m.displayNameTooLong(DISPLAY_NAME_MAX)) : say((m) => m.displayNameRequired),
  email: () => say((m) => m.emailInvalid),
  consent: () => say((m) => m.consentRequired),
};

const isField = (key: unknown): key is Field => typeof key === 'string' && Object.hasOwn(MESSAGES, key);

export type Validation =
  | { success: true; output: ContributionInput; errors: FieldErrors }
  | { success: false; errors: FieldErrors };

/** What the form would send, before the schema trims and checks it. */
export function contributionInput({ values, ...state }: FormState): Record<string, unknown> {
  const { theme, displayName, email, ...fields } = values;
  const { author } = state;
  // A signed-in person is published under their site's name, or anonymously when it gives none.
  const anonymous = values.anonymous || (author !== undefined && author.name === null);
  const name = author ? (author.name ?? '') : displayName;
  return {
    ...fields,
    theme: state.theme || theme,
    anonymous,
    // Never send a name the person chose not to publish.
    displayName: anonymous ? undefined : name,
    email: email.trim() ? email : undefined,
    language: state.language,
    consent: state.consent,
    website: state.website || undefined,
  };
}

/** Checks what the form would send; errors come one per field, the first issue of each. */
export function validate(state: FormState): Validation {
  const input = contributionInput(state);
  const result = v.safeParse(ContributionInput, input);
  if (result.success) return { success: true, output: result.output, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key;
    if (isField(key)) errors[key] ??= MESSAGES[key](issue.type === 'max_length');
  }
  // The schema checks the display name only once every field is valid (a
  // whole-object check); say it along with the rest rather than last.
  const name = typeof input.displayName === 'string' ? input.displayName.trim() : '';
  if (!input.anonymous && !name) errors.displayName ??= MESSAGES.displayName(false);
  return { success: false, errors };
}

/** The errors shown that still apply (with their current message); none is added while typing. */
export function stillWrong(shown: FieldErrors, current: FieldErrors): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of FIELDS) if (shown[field] && current[field]) errors[field] = current[field];
  return errors;
}

/**
 * Field errors from a problem's issues: a 400 (the API checks the same
 * schema, so this is rare) or a 422 `author_mismatch` (a name or role that is
 * not the signed-in person's, e.g. from a draft written before they switched).
 */
export function errorsFromIssues(issues: ProblemIssue[], code: string): FieldErrors {
  const message = code === 'author_mismatch' ? say((m) => m.notYours) : say((m) => m.invalid);
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.split('.')[0];
    if (isField(key)) errors[key] ??= message;
  }
  return errors;
}
