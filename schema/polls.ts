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
/** `single` choice, `multiple` choice (with `maxChoices`), or a members' `motion` (for, against, abstain). */
export const PollKind = v.picklist(POLL_KINDS);
export type PollKind = v.InferOutput<typeof PollKind>;

/** When results are shown: always, once the reader has voted, or once the poll is closed. */
export const RESULTS_VISIBILITIES = ['live', 'after_vote', 'after_close'] as const;
/** When results are shown: `live` (always), `after_vote` (once the reader has voted) or `after_close` (once the poll is closed). */
export const ResultsVisibility = v.picklist(RESULTS_VISIBILITIES);
export type ResultsVisibility = v.InferOutput<typeof ResultsVisibility>;

export const POLL_STATES = ['upcoming', 'open', 'closed'] as const;
export type PollState = (typeof POLL_STATES)[number];

/** The fixed options of a members' motion, in display order. */
export const MOTION_OPTION_KEYS = ['for', 'against', 'abstain'] as const;

/** An option's key: a short lowercase identifier (letters, digits, `_`, `-`; 32 characters at most). */
export const OptionKey = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'a short lowercase key'));

/** An option of a poll, as an admin writes it. */
export const PollOptionInput = v.object({
  /** Its key, unique in the poll: what ballots name. */
  key: OptionKey,
  /** What voters read, in each language. */
  label: LocalizedText,
});
export type PollOptionInput = v.InferOutput<typeof PollOptionInput>;

export const MAX_OPTIONS = 20;

const PollFields = {
  /** The theme it belongs to (its slug), or none. */
  theme: v.nullish(Slug),
  /** Single choice, multiple choice or motion. */
  kind: PollKind,
  /** The question, in each language. */
  question: LocalizedText,
  /** More about the question, in each language, or none. */
  description: v.nullish(LocalizedText),
  /** Who may vote (default `participants`). */
  audience: Audience,
  /** When voters see the results (default `after_vote`). */
  resultsVisibility: ResultsVisibility,
  /** For a multiple-choice poll: the most options a ballot may choose (2 to 20; none: every option). */
  maxChoices: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(MAX_OPTIONS))),
  /** Whether a voter may change their ballot until the poll closes (default false). */
  allowChange: v.boolean(),
  /** When voting opens; none: upcoming until an admin opens it. */
  opensAt: v.nullish(Instant),
  /** When voting closes; none: open until an admin closes it. */
  closesAt: v.nullish(Instant),
  /** The options (2 to 20, keys unique); none for a motion, whose options the server sets. */
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
      /** Its identifier, unique and for good. */
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
  v.partial(
    v.strictObject({
      ...PollFields,
      /** `open` or `close` the poll now (its `opensAt` or `closesAt` becomes now). */
      action: v.picklist(['open', 'close']),
    }),
  ),
);
export type PollUpdateInput = v.InferOutput<typeof PollUpdateInput>;

/** `POST /api/v1/polls/:slug/ballot`. */
export const BallotInput = v.object({
  /** The keys of the options chosen: one for a single-choice poll or a motion, up to `maxChoices` otherwise. */
  choices: v.pipe(v.array(OptionKey), v.minLength(1, 'choose at least one option'), v.maxLength(MAX_OPTIONS)),
});
export type BallotInput = v.InferOutput<typeof BallotInput>;

/** The votes an option got. */
export const OptionTally = v.object({
  /** The option's key. */
  key: v.string(),
  /** How many ballots chose it. */
  votes: v.number(),
});
export type OptionTally = v.InferOutput<typeof OptionTally>;

/** A poll's results; percentages are the reader's to compute. */
export const PollResults = v.object({
  /** Number of ballots cast (the turnout). */
  ballots: v.number(),
  /** The votes of each option, in the poll's order. */
  options: v.array(OptionTally),
  /** The same counts per stakeholder category; a person with two roles counts in both. */
  byRole: v.array(
    v.object({
      /** The category. */
      role: BreakdownRole,
      /** Ballots cast in it. */
      ballots: v.number(),
      /** The votes of each option in it. */
      options: v.array(OptionTally),
    }),
  ),
});
export type PollResults = v.InferOutput<typeof PollResults>;

/** The caller's own ballot. */
export const MyBallot = v.object({
  /** The keys of the options they chose. */
  choices: v.array(v.string()),
  /** When they first voted. */
  castAt: Instant,
  /** When they last changed their ballot (`castAt` if never). */
  updatedAt: Instant,
});
export type MyBallot = v.InferOutput<typeof MyBallot>;

/** `GET /api/v1/polls/:slug`: the poll as the caller sees it. */
export const PollView = v.object({
  /** Its identifier. */
  slug: Slug,
  /** The theme it belongs to, or null. */
  theme: v.nullable(ThemeView),
  /** Single choice, multiple choice or motion. */
  kind: PollKind,
  /** The question, in each language. */
  question: LocalizedText,
  /** More about the question, or null. */
  description: v.nullable(LocalizedText),
  /** Who may vote. */
  audience: Audience,
  /** When voters see the results. */
  resultsVisibility: ResultsVisibility,
  /** For a multiple-choice poll, the most options a ballot may choose; null: one (single, motion) or every option. */
  maxChoices: v.nullable(v.number()),
  /** Whether a voter may change their ballot until the poll closes. */
  allowChange: v.boolean(),
  /** When voting opens, or null (upcoming until an admin opens it). */
  opensAt: v.nullable(Instant),
  /** When voting closes, or null (open until an admin closes it). */
  closesAt: v.nullable(Instant),
  /** `upcoming`, `open` or `closed`, now. */
  state: v.picklist(POLL_STATES),
  /** The options, in display order. */
  options: v.array(
    v.object({
      /** Its key, what a ballot names. */
      key: v.string(),
      /** What voters read, in each language. */
      label: LocalizedText,
    }),
  ),
  /** Null while the results are hidden from this caller. */
  results: v.nullable(PollResults),
  /** The caller's own ballot; null when they have not voted (or are not identified). */
  myBallot: v.nullable(MyBallot),
  /** Whether this caller may vote now, and if not, why. */
  eligibility: v.object({
    /** True when a ballot from this caller would be accepted now. */
    canVote: v.boolean(),
    /**
     * Why not, when `canVote` is false: `sign_in_required` (anonymous on a poll for participants or
     * members), `members_only` (signed in, not a member), `poll_not_open` (upcoming or closed),
     * `ballot_already_cast` (voted, and the poll does not allow changes); null when they may vote.
     */
    reason: v.nullable(
      v.picklist(['sign_in_required', 'members_only', 'poll_not_open', 'ballot_already_cast']),
    ),
  }),
});
export type PollView = v.InferOutput<typeof PollView>;

/** `GET /api/v1/polls` and `GET /api/v1/admin/polls`. */
export const PollList = v.object({
  /** The polls, in the order they were created, each as the caller sees it. */
  polls: v.array(PollView),
});
export type PollList = v.InferOutput<typeof PollList>;
