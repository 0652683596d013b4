/**
 * Polls: what an admin creates, what a participant sends, what everyone reads.
 */
import * as v from 'valibot';
import { Audience, BreakdownRole, Instant, LocalizedText, Slug } from './common.ts';
import { ThemeView } from './themes.ts';

/** What the poll routes answer besides the core problems (schema/problem.ts). */
export const POLL_PROBLEMS = {
  poll_not_found: { status: 404, title: 'Poll not found' },
  option_not_in_poll: { status: 422, title: 'A choice is not an option of this poll' },
  too_many_choices: { status: 422, title: 'Too many choices for this poll' },
  poll_not_open: { status: 409, title: 'The poll is not open' },
  ballot_already_cast: { status: 409, title: 'A ballot was already cast' },
  poll_has_ballots: { status: 409, title: 'The poll already has ballots', adminOnly: true },
} as const;

/** `single` choice, `multiple` choice with a maximum, or a members' `motion` (for / against / abstain). */
export const POLL_KINDS = ['single', 'multiple', 'motion'] as const;
export const PollKind = v.picklist(POLL_KINDS);
export type PollKind = v.InferOutput<typeof PollKind>;

/** When results are shown: always, once the reader has voted, or once the poll is closed. */
export const RESULTS_VISIBILITIES = ['live', 'after_vote', 'after_close'] as const;
export const ResultsVisibility = v.picklist(RESULTS_VISIBILITIES);
export type ResultsVisibility = v.InferOutput<typeof ResultsVisibility>;

export const POLL_STATES = ['upcoming', 'open', 'closed'] as const;
export type PollState = (typeof POLL_STATES)[number];

/** The fixed options of a members' motion, in display order. */
export const MOTION_OPTION_KEYS = ['for', 'against', 'abstain'] as const;

export const OptionKey = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'a short lowercase key'));

export const PollOptionInput = v.object({ key: OptionKey, label: LocalizedText });
export type PollOptionInput = v.InferOutput<typeof PollOptionInput>;

export const MAX_OPTIONS = 20;

const PollFields = {
  theme: v.nullish(Slug),
  kind: PollKind,
  question: LocalizedText,
  description: v.nullish(LocalizedText),
  audience: Audience,
  resultsVisibility: ResultsVisibility,
  maxChoices: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(MAX_OPTIONS))),
  allowChange: v.boolean(),
  opensAt: v.nullish(Instant),
  closesAt: v.nullish(Instant),
  options: v.pipe(v.array(PollOptionInput), v.maxLength(MAX_OPTIONS)),
};

/**
 * Rules that hold for a whole poll, whether it is being created or edited.
 * Marked pure so that bundlers drop the admin schemas from the widgets.
 */
/* @__NO_SIDE_EFFECTS__ */
function pollRules<T extends v.GenericSchema<Partial<PollDraft>>>(schema: T) {
  return v.pipe(
    schema,
    v.check(
      (poll) =>
        !poll.options || new Set(poll.options.map((option) => option.key)).size === poll.options.length,
      'option keys must be unique',
    ),
    v.check(
      (poll) => !poll.opensAt || !poll.closesAt || Date.parse(poll.opensAt) < Date.parse(poll.closesAt),
      'closesAt must come after opensAt',
    ),
    v.check(
      (poll) => !poll.maxChoices || !poll.options || poll.maxChoices <= poll.options.length,
      'maxChoices cannot exceed the number of options',
    ),
  );
}

type PollDraft = v.InferOutput<v.ObjectSchema<typeof PollFields, undefined>>;

/**
 * `POST /api/v1/admin/polls`. Motions get their three options from the server.
 * Strict, like the update: a field the server does not know (a typo) is refused, not dropped.
 */
export const PollCreateInput = v.pipe(
  pollRules(
    v.strictObject({
      slug: Slug,
      ...PollFields,
      allowChange: v.optional(v.boolean(), false),
      resultsVisibility: v.optional(ResultsVisibility, 'after_vote'),
      audience: v.optional(Audience, 'participants'),
      options: v.optional(PollFields.options, []),
    }),
  ),
  v.check(
    (poll) => (poll.kind === 'motion' ? poll.options.length === 0 : poll.options.length >= 2),
    'a motion takes no options; other polls need at least two',
  ),
  v.check(
    (poll) => poll.kind === 'multiple' || !poll.maxChoices,
    'maxChoices applies to multiple-choice polls',
  ),
);
export type PollCreateInput = v.InferOutput<typeof PollCreateInput>;

/** `PATCH /api/v1/admin/polls/:slug`: any field, or `action` to open or close now. */
export const PollUpdateInput = pollRules(
  v.partial(v.strictObject({ ...PollFields, action: v.picklist(['open', 'close']) })),
);
export type PollUpdateInput = v.InferOutput<typeof PollUpdateInput>;

/** `POST /api/v1/polls/:slug/ballot`. */
export const BallotInput = v.object({
  choices: v.pipe(v.array(OptionKey), v.minLength(1, 'choose at least one option'), v.maxLength(MAX_OPTIONS)),
});
export type BallotInput = v.InferOutput<typeof BallotInput>;

export const OptionTally = v.object({ key: v.string(), votes: v.number() });
export type OptionTally = v.InferOutput<typeof OptionTally>;

export const PollResults = v.object({
  /** Number of ballots cast (the turnout). */
  ballots: v.number(),
  options: v.array(OptionTally),
  /** The same counts per stakeholder category; a person with two roles counts in both. */
  byRole: v.array(v.object({ role: BreakdownRole, ballots: v.number(), options: v.array(OptionTally) })),
});
export type PollResults = v.InferOutput<typeof PollResults>;

export const MyBallot = v.object({
  choices: v.array(v.string()),
  castAt: Instant,
  updatedAt: Instant,
});
export type MyBallot = v.InferOutput<typeof MyBallot>;

/** `GET /api/v1/polls/:slug`: the poll as the caller sees it. */
export const PollView = v.object({
  slug: Slug,
  theme: v.nullable(ThemeView),
  kind: PollKind,
  question: LocalizedText,
  description: v.nullable(LocalizedText),
  audience: Audience,
  resultsVisibility: ResultsVisibility,
  maxChoices: v.nullable(v.number()),
  allowChange: v.boolean(),
  opensAt: v.nullable(Instant),
  closesAt: v.nullable(Instant),
  state: v.picklist(POLL_STATES),
  options: v.array(v.object({ key: v.string(), label: LocalizedText })),
  /** Null while the results are hidden from this caller. */
  results: v.nullable(PollResults),
  myBallot: v.nullable(MyBallot),
  /** Whether this caller may vote now, and if not, why. */
  eligibility: v.object({
    canVote: v.boolean(),
    reason: v.nullable(
      v.picklist(['sign_in_required', 'members_only', 'poll_not_open', 'ballot_already_cast']),
    ),
  }),
});
export type PollView = v.InferOutput<typeof PollView>;

export const PollList = v.object({ polls: v.array(PollView) });
export type PollList = v.InferOutput<typeof PollList>;
