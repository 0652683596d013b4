/**
 * Admin routes: create, edit, open and close polls; list them with results.
 */
import { Hono } from 'hono';
import type { LocalizedText } from '../../schema/common.ts';
import { MOTION_OPTION_KEYS, POLL_PROBLEMS, PollCreateInput, PollUpdateInput } from '../../schema/polls.ts';
import type { ProblemIssue } from '../../schema/problem.ts';
import { isUniqueViolation } from '../lib/d1-errors.ts';
import type { Db } from '../lib/db.ts';
import { SlugParam } from '../lib/params.ts';
import { type AdminEnv, requireRole } from '../middleware/admin-auth.ts';
import { KB, parseOrThrow, validate } from '../middleware/validate.ts';
import { ProblemError, problemsOf } from '../problems.ts';
import { findThemeBySlug } from '../themes/queries.ts';
import {
  findPollBySlug,
  insertPoll,
  listPolls,
  loadPollDetail,
  type OptionRecord,
  type PollRecord,
  type PollWrite,
  pollHasBallots,
  updatePoll,
} from './queries.ts';
import { forgetSharedView } from './shared-views.ts';
import { loadPollViews } from './view.ts';

const pollProblem = problemsOf(POLL_PROBLEMS);

/** A motion's options are always these, so every motion reads the same in every language. */
const MOTION_LABELS: Record<(typeof MOTION_OPTION_KEYS)[number], LocalizedText> = {
  for: { fr: 'Pour', nl: 'Voor', en: 'For' },
  against: { fr: 'Contre', nl: 'Tegen', en: 'Against' },
  abstain: { fr: 'Abstention', nl: 'Onthouding', en: 'Abstain' },
};
const MOTION_OPTIONS: OptionRecord[] = MOTION_OPTION_KEYS.map((key) => ({ key, label: MOTION_LABELS[key] }));

const REVEAL = { revealResults: true };

/**
 * A poll body with every text at its maximum (2,000 characters in three
 * languages for the question, the description and 20 option labels), each
 * character escaped as \uXXXX (6 bytes): about 800 KB. Only admins get this
 * far: the body is read after the admin guard.
 */
const pollBody = { maxBytes: 1024 * KB };

/** Polls are for admins only; moderators decide on contributions. */
export const adminPolls = new Hono<AdminEnv>()
  .use(requireRole('admin'))
  .get('/', async (c) => {
    const records = await listPolls(c.get('db'));
    return c.json({ polls: await loadPollViews(c.get('db'), records, null, REVEAL) });
  })
  .post('/', validate('json', PollCreateInput, pollBody), async (c) => {
    const input = c.req.valid('json');
    const fields = await toPollWrite(c.get('db'), {
      ...input,
      theme: input.theme ?? null,
      description: input.description ?? null,
      maxChoices: input.maxChoices ?? null,
      opensAt: input.opensAt ?? null,
      closesAt: input.closesAt ?? null,
    });
    const options = input.kind === 'motion' ? MOTION_OPTIONS : input.options;
    try {
      await insertPoll(c.get('db'), input.slug, fields, options, new Date().toISOString());
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ProblemError('slug_taken', `A poll "${input.slug}" already exists.`);
      throw error;
    }
    return c.json(await adminView(c.get('db'), input.slug), 201);
  })
  .patch('/:slug', validate('param', SlugParam), validate('json', PollUpdateInput, pollBody), async (c) => {
    const { slug } = c.req.valid('param');
    const poll = await findPollBySlug(c.get('db'), slug);
    if (!poll) throw pollProblem('poll_not_found', `There is no poll "${slug}".`);
    const { options: currentOptions } = await loadPollDetail(c.get('db'), poll.id, null);

    const input = c.req.valid('json');
    const merged = mergeUpdate(poll, currentOptions, input, new Date());
    refuseUnappliedFields(merged, input);
    // The whole poll must still hold together (dates in order, enough options…) once merged.
    parseOrThrow(
      PollCreateInput,
      { ...merged, options: merged.kind === 'motion' ? [] : merged.options },
      'The poll would not be valid after this change.',
    );
    const options = merged.kind === 'motion' ? MOTION_OPTIONS : merged.options;
    // Resending the same options (a full edit form) is not a change.
    const optionsChange = JSON.stringify(options) !== JSON.stringify(currentOptions);
    if (optionsChange && (await pollHasBallots(c.get('db'), poll.id))) {
      throw pollProblem('poll_has_ballots', 'Options cannot change once ballots were cast.');
    }
    const fields = await toPollWrite(c.get('db'), merged);
    await updatePoll(
      c.get('db'),
      slug,
      fields,
      optionsChange ? options : undefined,
      new Date().toISOString(),
    );
    forgetSharedView(slug);
    return c.json(await adminView(c.get('db'), slug));
  });

type PollDraft = Omit<PollCreateInput, 'theme' | 'description' | 'maxChoices' | 'opensAt' | 'closesAt'> & {
  theme: string | null;
  description: LocalizedText | null;
  maxChoices: number | null;
  opensAt: string | null;
  closesAt: string | null;
};

/**
 * The poll as it would be after the update: absent fields keep their value,
 * `null` clears a nullable one, and `action` moves the dates to now.
 */
function mergeUpdate(
  poll: PollRecord,
  options: OptionRecord[],
  input: PollUpdateInput,
  now: Date,
): PollDraft {
  const draft: PollDraft = {
    slug: poll.slug,
    theme: input.theme === undefined ? (poll.theme?.slug ?? null) : input.theme,
    kind: input.kind ?? poll.kind,
    question: input.question ?? poll.question,
    description: input.description === undefined ? poll.description : input.description,
    audience: input.audience ?? poll.audience,
    resultsVisibility: input.resultsVisibility ?? poll.resultsVisibility,
    maxChoices: input.maxChoices === undefined ? poll.maxChoices : input.maxChoices,
    allowChange: input.allowChange ?? poll.allowChange,
    opensAt: input.opensAt === undefined ? poll.opensAt : input.opensAt,
    closesAt: input.closesAt === undefined ? poll.closesAt : input.closesAt,
    options: input.options ?? options,
  };
  const nowIso = now.toISOString();
  // Only a stored date gives way to the action: one sent with it is checked as sent.
  if (input.action === 'open') {
    draft.opensAt = nowIso;
    if (
      input.closesAt === undefined &&
      draft.closesAt !== null &&
      Date.parse(draft.closesAt) <= now.getTime()
    )
      draft.closesAt = null;
  } else if (input.action === 'close') {
    draft.closesAt = nowIso;
    // A poll closed before it opened never opens: dropping the future date keeps opensAt < closesAt.
    if (input.opensAt === undefined && draft.opensAt !== null && Date.parse(draft.opensAt) >= now.getTime())
      draft.opensAt = null;
  }
  return draft;
}

/**
 * Refuses (400 `validation_failed`) the fields of an edit that the merge
 * would overrule: a motion's options are always for / against / abstain, and
 * `action` sets the date it names. An edit is applied as sent or not at all.
 */
function refuseUnappliedFields(merged: PollDraft, input: PollUpdateInput): void {
  const issues: ProblemIssue[] = [];
  // None (`[]`, as at creation) or the motion's own options (a full edit form resent) is not an edit.
  if (
    merged.kind === 'motion' &&
    input.options !== undefined &&
    input.options.length > 0 &&
    JSON.stringify(input.options) !== JSON.stringify(MOTION_OPTIONS)
  ) {
    issues.push({
      path: 'options',
      message: 'a motion’s options are always for, against and abstain: send none',
    });
  }
  if (input.action === 'open' && input.opensAt !== undefined) {
    issues.push({
      path: 'opensAt',
      message: 'action "open" opens the poll now; send action or opensAt, not both',
    });
  }
  if (input.action === 'close' && input.closesAt !== undefined) {
    issues.push({
      path: 'closesAt',
      message: 'action "close" closes the poll now; send action or closesAt, not both',
    });
  }
  if (issues.length > 0)
    throw new ProblemError('validation_failed', 'This edit cannot be applied as sent.', { issues });
}

/** Resolves the theme and normalises instants to UTC `toISOString()` text, which the SQL compares as text. */
async function toPollWrite(db: Db, poll: PollDraft): Promise<PollWrite> {
  let themeId: number | null = null;
  if (poll.theme !== null) {
    const theme = await findThemeBySlug(db, poll.theme);
    if (!theme) throw new ProblemError('theme_not_found', `There is no theme "${poll.theme}".`);
    themeId = theme.id;
  }
  return {
    themeId,
    kind: poll.kind,
    question: poll.question,
    description: poll.description,
    audience: poll.audience,
    resultsVisibility: poll.resultsVisibility,
    maxChoices: poll.maxChoices,
    allowChange: poll.allowChange,
    opensAt: toUtc(poll.opensAt),
    closesAt: toUtc(poll.closesAt),
  };
}

function toUtc(instant: string | null): string | null {
  return instant ? new Date(instant).toISOString() : null;
}

async function adminView(db: Db, slug: string) {
  const poll = await findPollBySlug(db, slug);
  if (!poll) throw new Error(`poll ${slug} vanished after being written`);
  const [view] = await loadPollViews(db, [poll], null, REVEAL);
  return view;
}
