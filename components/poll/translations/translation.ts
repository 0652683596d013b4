/** The strings of `<sip-poll>` beyond the shared dictionary. */
import type { IneligibilityReason } from '../../../schema/identity.ts';
import type { MOTION_OPTION_KEYS, POLL_PROBLEMS, PollKind, PollState } from '../../../schema/polls.ts';
import type { PublicProblemCode } from '../../../schema/problem.ts';
import type { Translation } from '../../translations/translation.ts';

export type MotionOption = (typeof MOTION_OPTION_KEYS)[number];

export interface PollStrings {
  signedInAs: (name: string) => string;

  kinds: Record<PollKind, string>;
  states: Record<PollState, string>;
  audienceLabel: string;
  opensLabel: string;
  closesLabel: string;

  chooseOne: string;
  chooseUpTo: (max: number) => string;
  /** For a multiple-choice poll without a maximum. */
  chooseSeveral: string;
  chooseAtLeastOne: string;
  motionOptions: Record<MotionOption, string>;
  vote: string;
  changeVote: string;
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
  /** Announced when a live refresh brings new results. */
  resultsUpdated: (ballots: number) => string;
  /** One option's score, e.g. `42 % (21 votes)`; `percent` is already formatted. */
  share: (percent: string, votes: number) => string;
  breakdown: string;
  roleCaption: (role: string, ballots: number) => string;
  optionHeader: string;
  votesHeader: string;
  shareHeader: string;
  /** The messages of the poll routes' own codes. */
  problems: Record<PublicProblemCode<typeof POLL_PROBLEMS>, string>;
}

/** What `<sip-poll>` renders with: the shared dictionary and its own strings. */
export type PollTranslation = Translation & PollStrings;
