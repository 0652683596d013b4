/**
 * The dictionary every language implements in full. Strings that depend on a
 * number or a value are functions, so each language can place and inflect
 * them its own way (Shoelace's approach).
 */
import type { Audience, BreakdownRole, Language } from '../../schema/common.ts';
import type { IneligibilityReason } from '../../schema/identity.ts';
import type { MOTION_OPTION_KEYS, PollKind, PollState } from '../../schema/polls.ts';
import type { ErrorCode } from '../internal/api.ts';

export type MotionOption = (typeof MOTION_OPTION_KEYS)[number];

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
}
