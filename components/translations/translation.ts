/**
 * The dictionary every language implements in full. Strings that depend on a
 * number or a value are functions, so each language can place and inflect
 * them its own way (Shoelace's approach).
 */
import type { Audience, BreakdownRole, Language } from '../../schema/common.ts';
import type { REPORT_REASONS } from '../../schema/contributions.ts';
import type { IneligibilityReason } from '../../schema/identity.ts';
import type { MOTION_OPTION_KEYS, PollKind, PollState } from '../../schema/polls.ts';
import type { ErrorCode } from '../internal/api.ts';

export type MotionOption = (typeof MOTION_OPTION_KEYS)[number];
export type ReportReason = (typeof REPORT_REASONS)[number];
/** Groups of the territory picker: Belgium, France, and the rest (online, elsewhere). */
export type TerritoryGroup = 'BE' | 'FR' | 'other';

export interface Translation {
  $code: Language;
  /** The language's own name, for language pickers. */
  $name: string;

  loading: string;
  retry: string;
  signedInAs: (name: string) => string;

  theme: string;
  kinds: Record<PollKind, string>;
  states: Record<PollState, string>;
  audienceLabel: string;
  audiences: Record<Audience, string>;
  opensLabel: string;
  closesLabel: string;

  chooseOne: string;
  chooseUpTo: (max: number) => string;
  /** For a multiple-choice poll without a maximum. */
  chooseSeveral: string;
  chooseAtLeastOne: string;
  motionOptions: Record<MotionOption, string>;
  vote: string;
  sending: string;
  changeVote: string;
  cancel: string;
  yourVote: string;
  votedOn: (date: string) => string;
  voteRecorded: string;

  /** Why the visitor cannot vote; `members_only` names a motion or a poll. */
  ineligible: Record<IneligibilityReason, (kind: PollKind) => string>;
  notOpenYet: (opensOn: string | null) => string;
  closed: string;
  alreadyVoted: string;

  results: string;
  resultsAfterVote: string;
  resultsAfterClose: string;
  votes: (count: number) => string;
  turnout: (count: number) => string;
  /** One option's score, e.g. `42 % (21 votes)`; `percent` is already formatted. */
  share: (percent: string, votes: number) => string;
  breakdown: string;
  roles: Record<BreakdownRole, string>;
  roleCaption: (role: string, ballots: number) => string;
  optionHeader: string;
  votesHeader: string;
  shareHeader: string;

  errors: Record<ErrorCode, string>;

  /** `<sip-contribution-form>`. */
  contributionForm: {
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
    };
    draftRestored: (savedOn: string) => string;
    discardDraft: string;
    draftDiscarded: string;
    received: string;
    pendingNote: string;
    publishedNote: string;
    reference: (id: string) => string;
    writeAnother: string;
    ineligible: Record<IneligibilityReason, string>;
    noThemes: string;
  };

  /** `<sip-contribution-list>`. */
  contributionList: {
    label: string;
    anonymousAuthor: string;
    publishedOn: (date: string) => string;
    empty: string;
    loadMore: string;
    report: string;
    reportLegend: string;
    reasons: Record<ReportReason, string>;
    reportNoteLabel: string;
    sendReport: string;
    chooseReason: string;
    reportThanks: string;
    alreadyReported: string;
  };
}
