/**
 * The form's checks: the API's own ContributionInput schema, its issues
 * turned into a translated message per field, in the order the fields appear.
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
import { FIELDS, type Field, type FieldErrors, type Message } from './fields.ts';
import type { ContributionFormTranslation } from './translations/translation.ts';

type FieldMessages = ContributionFormTranslation['fieldErrors'];
const say =
  (pick: (messages: FieldMessages) => string): Message =>
  (t) =>
    pick(t.fieldErrors);

/** The message for a field given the kind of valibot issue (`min_length`, `max_length`, ...). */
function messageFor(field: Field, type: string): Message {
  const tooLong = type === 'max_length';
  switch (field) {
    case 'theme':
      return say((m) => m.themeRequired);
    case 'title':
      return tooLong ? say((m) => m.titleTooLong(TITLE_MAX)) : say((m) => m.titleTooShort(TITLE_MIN));
    case 'text':
      return tooLong ? say((m) => m.textTooLong(TEXT_MAX)) : say((m) => m.textTooShort(TEXT_MIN));
    case 'role':
      return say((m) => m.roleRequired);
    case 'territory':
      return say((m) => m.territoryRequired);
    case 'displayName':
      return tooLong ? say((m) => m.displayNameTooLong(DISPLAY_NAME_MAX)) : say((m) => m.displayNameRequired);
    case 'email':
      return say((m) => m.emailInvalid);
    case 'consent':
      return say((m) => m.consentRequired);
  }
}

const isField = (key: unknown): key is Field => FIELDS.includes(key as Field);

export type Validation =
  | { success: true; output: ContributionInput; errors: FieldErrors }
  | { success: false; errors: FieldErrors };

/** Checks what the form would send; errors come one per field, the first issue of each. */
export function validate(input: Record<string, unknown>): Validation {
  const result = v.safeParse(ContributionInput, input);
  if (result.success) return { success: true, output: result.output, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key;
    if (isField(key)) errors[key] ??= messageFor(key, issue.type);
  }
  // The schema checks the display name only once every field is valid (a
  // whole-object check); say it along with the rest rather than last.
  const name = typeof input.displayName === 'string' ? input.displayName.trim() : '';
  if (!input.anonymous && !name) errors.displayName ??= messageFor('displayName', 'check');
  return { success: false, errors };
}

/** Field errors from a 400 problem's issues: the API checks the same schema, so this is rare. */
export function errorsFromIssues(issues: ProblemIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.split('.')[0];
    if (isField(key)) errors[key] ??= say((m) => m.invalid);
  }
  return errors;
}

/** The errors shown that still apply (with their current message); none is added while typing. */
export function stillWrong(shown: FieldErrors, current: FieldErrors): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of FIELDS) if (shown[field] && current[field]) errors[field] = current[field];
  return errors;
}
