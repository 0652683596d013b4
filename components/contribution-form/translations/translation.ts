/** The strings of `<sip-contribution-form>` beyond the shared dictionary. */

import type { CONTRIBUTION_PROBLEMS } from '../../../schema/contributions.ts';
import type { IneligibilityReason } from '../../../schema/identity.ts';
import type { Translation } from '../../translations/translation.ts';

/** Groups of the territory picker: Belgium, France, and the rest (online, elsewhere). */
export type TerritoryGroup = 'BE' | 'FR' | 'other';

export interface ContributionFormStrings {
  theme: string;
  choose: string;
  requiredNote: string;
  draftNote: string;
  titleLabel: string;
  titleHint: (min: number, max: number) => string;
  textLabel: string;
  textHint: string;
  /** The text's length against its bounds, e.g. `42 / 5 000 caractères (minimum 50)`. */
  counter: (count: number, min: number, max: number) => string;
  roleLabel: string;
  territoryLabel: string;
  territoryGroups: Record<TerritoryGroup, string>;
  displayNameLabel: string;
  displayNameHint: string;
  /** For a signed-in person, whose name comes from their account on the host site. */
  displayNameFromSite: string;
  /** For a signed-in person whose site gives no name. */
  anonymousOnly: string;
  anonymousLabel: string;
  emailLabel: string;
  emailHint: string;
  consentLabel: string;
  privacyLink: string;
  newTab: string;
  /** The honeypot's label: people never see it, bots read it. */
  honeypotLabel: string;
  moderationNote: string;
  /** On a `post_members` theme, for a member. */
  moderationNoteMember: string;
  submit: string;
  draftRestored: (savedOn: string) => string;
  discardDraft: string;
  draftDiscarded: string;
  ineligible: Record<IneligibilityReason, string>;
  noThemes: string;
  /**
   * What the form says once the person sends (see FeedbackStrings): in the
   * Dutch and English dictionaries; French's comes with the submission's code.
   */
  feedback?: FeedbackStrings;
}

/**
 * What the form says once the person sends: the checks' messages, the
 * summary of the fields to correct, the confirmation. Nobody sees them
 * before their first attempt, so French's (fr-feedback.ts) is fetched with
 * the submission's code rather than bundled with the first render.
 */
export interface FeedbackStrings {
  errorSummary: (count: number) => string;
  fieldErrors: {
    themeRequired: string;
    titleTooShort: (min: number) => string;
    titleTooLong: (max: number) => string;
    textTooShort: (min: number) => string;
    textTooLong: (max: number) => string;
    roleRequired: string;
    territoryRequired: string;
    displayNameRequired: string;
    displayNameTooLong: (max: number) => string;
    emailInvalid: string;
    consentRequired: string;
    invalid: string;
    /** The API refused a name or role that is not the signed-in person's own (`author_mismatch`). */
    notYours: string;
  };
  received: string;
  pendingNote: string;
  publishedNote: string;
  reference: (id: string) => string;
  writeAnother: string;
  /** After `idempotency_key_reused`: an earlier version was received; retrying sends this one as a new contribution. */
  sentAsNew: string;
  /**
   * The messages of the codes sending a contribution may answer beside the
   * core ones: the form's `problems`, here as only sending meets them (see
   * feedback.ts's `sendingError`).
   */
  problems: Record<Extract<keyof typeof CONTRIBUTION_PROBLEMS, 'author_mismatch'>, string>;
}

/** A dictionary fetched on demand (Dutch, English): its strings, feedback included. */
export type ContributionFormStringsWithFeedback = ContributionFormStrings & { feedback: FeedbackStrings };

/** What `<sip-contribution-form>` renders with: the shared dictionary and its own strings. */
export type ContributionFormTranslation = Translation & ContributionFormStrings;
