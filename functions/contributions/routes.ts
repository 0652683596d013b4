/**
 * Public contribution routes: submit, list the published ones, report one.
 */
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import * as v from 'valibot';
import { Instant } from '../../schema/common.ts';
import {
  CONTRIBUTION_PROBLEMS,
  ContributionInput,
  type ContributionList,
  ContributionListQuery,
  type ContributionReceipt,
  ReportInput,
} from '../../schema/contributions.ts';
import type { ProblemIssue } from '../../schema/problem.ts';
import { listCacheMs, reportHideThreshold, turnstileSettings } from '../config.ts';
import type { Env } from '../env.ts';
import { audiencesOf, requireAudience } from '../identity/audience.ts';
import type { Participant } from '../identity/participant.ts';
import { newReference, Reference } from '../identity/reference.ts';
import { decodeCursor, page } from '../lib/cursor.ts';
import { verifyTurnstile } from '../lib/turnstile.ts';
import { type IdentityVariables, identity } from '../middleware/identity.ts';
import { limitAnonymousWrites } from '../middleware/rate-limit.ts';
import { KB, validate } from '../middleware/validate.ts';
import { documented } from '../openapi/meta.ts';
import { ProblemError, problemsOf } from '../problems.ts';
import { findThemeBySlug } from '../themes/queries.ts';
import { publishedPages } from './published-pages.ts';
import {
  findPublishedContribution,
  type Keyset,
  listPublishedContributions,
  loadSubmissionContext,
  reportContribution,
  type StoredReceipt,
  type SubmissionContext,
  submitContribution,
} from './queries.ts';

const contributionProblem = problemsOf(CONTRIBUTION_PROBLEMS);

type Variables = IdentityVariables & {
  /** The submission's `Idempotency-Key`, lower-cased. */
  idempotencyKey: string;
};

const IdempotencyKey = v.pipe(v.string(), v.trim(), v.uuid(), v.toLowerCase());
const ReferenceParam = v.object({ id: Reference });
/** The keyset inside a cursor: the last row's `published_at` and id. */
const CursorKeyset = v.pipe(
  v.tuple([Instant, Reference]),
  v.transform(([publishedAt, id]): Keyset => ({ publishedAt, id })),
);

/**
 * The bodies and their size limits. A contribution with every field at its
 * maximum (5,454 characters and a 4 KB Turnstile token) is about 57 KB even
 * with each character escaped as \uXXXX (6 bytes, as PHP's json_encode does).
 */
const contributionBody = validate('json', ContributionInput, { maxBytes: 64 * KB });
/** A reason and a note of at most 500 characters: under 4 KB however escaped. */
const reportBody = validate('json', ReportInput, { maxBytes: 4 * KB });

/** Ids are random: a collision is rare, two in a row would be a bug. */
const ID_ATTEMPTS = 3;

/**
 * Sets `c.var.idempotencyKey` from the `Idempotency-Key` header, a uuid the
 * client draws once per submission and sends again on every retry.
 */
const requireIdempotencyKey = createMiddleware<{ Variables: Variables }>(async (c, next) => {
  const key = v.safeParse(IdempotencyKey, c.req.header('Idempotency-Key'));
  if (!key.success) {
    throw new ProblemError('idempotency_key_required', 'Send an Idempotency-Key header holding a uuid.');
  }
  c.set('idempotencyKey', key.output);
  await next();
});
documented(
  {
    headers: [
      {
        name: 'Idempotency-Key',
        description:
          'A uuid drawn once per submission and sent again on every retry: a repeat of the same request answers the first receipt.',
        required: true,
        schema: { type: 'string', format: 'uuid' },
      },
    ],
    problems: ['idempotency_key_required', 'idempotency_key_reused'],
  },
  requireIdempotencyKey,
);

export const contributionRoutes = new Hono<{ Bindings: Env; Variables: Variables }>()
  .use(identity)
  .get('/', validate('query', ContributionListQuery), async (c) => {
    const { theme: themeSlug, cursor, limit } = c.req.valid('query');
    const key = JSON.stringify([themeSlug ?? null, cursor ?? null, limit]);
    const now = Date.now();
    const cached = publishedPages.get(key, now);
    if (cached) return c.json(cached);
    let themeId: number | undefined;
    if (themeSlug !== undefined) {
      const theme = await findThemeBySlug(c.get('db'), themeSlug);
      if (!theme) throw new ProblemError('theme_not_found', `There is no theme "${themeSlug}".`);
      themeId = theme.id;
    }
    // One row more than asked tells whether there is a next page.
    const rows = await listPublishedContributions(c.get('db'), {
      themeId,
      after: cursor === undefined ? undefined : decodeCursor(cursor, CursorKeyset),
      limit: limit + 1,
    });
    const { items, nextCursor } = page(rows, limit, (last) => [last.publishedAt, last.id]);
    const list: ContributionList = { contributions: items, nextCursor };
    publishedPages.set(key, list, now, listCacheMs(c.env));
    return c.json(list);
  })
  .post('/', limitAnonymousWrites, requireIdempotencyKey, contributionBody, async (c) => {
    const input = c.req.valid('json');
    const idempotencyKey = c.get('idempotencyKey');
    // Honeypot: a bot filled the field people never see. It gets a receipt
    // that looks real, so it has no reason to adapt, and nothing is stored.
    if (input.website) {
      return c.json(
        { id: newReference(), status: 'pending', theme: input.theme } satisfies ContributionReceipt,
        202,
      );
    }
    const participant = c.get('participant');
    const requestHash = await hashRequest(input);
    if (participant === null) {
      // Nobody to count as the author: the theme and its audience say why (requireAudience throws).
      const context = await loadSubmissionContext(c.get('db'), {
        theme: input.theme,
        territory: input.territory,
        participant: null,
        idempotencyKey,
      });
      throw refusal(context, input, null);
    }
    const byline = bylineOf(participant, input);
    const turnstile = turnstileSettings(c.env);
    if (participant.anonymous && turnstile) {
      // A repeat answers before Turnstile: its token was spent on the first try.
      const earlier = await loadSubmissionContext(c.get('db'), {
        theme: input.theme,
        territory: input.territory,
        participant: participant.id,
        idempotencyKey,
      });
      if (earlier.receipt) return c.json(replay(earlier.receipt, requestHash), 202);
      await verifyTurnstile(turnstile, input.turnstileToken, c.req.header('CF-Connecting-IP'));
    }
    const now = new Date().toISOString();
    for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
      // One round trip: the database enforces every rule; the context it reads back explains a refusal.
      const { inserted, receipt, context } = await submitContribution(c.get('db'), {
        id: newReference(),
        theme: input.theme,
        participant: participant.id,
        audiences: audiencesOf(participant),
        member: participant.member,
        idempotencyKey,
        requestHash,
        title: input.title,
        text: input.text,
        role: input.role,
        territory: input.territory,
        displayName: byline.displayName,
        anonymous: input.anonymous,
        selfDeclared: byline.selfDeclared,
        email: input.email || null,
        language: input.language,
        now,
      });
      // A repeat, even a concurrent one, meets the first receipt here.
      if (receipt) {
        if (inserted && receipt.status === 'published') publishedPages.clear();
        return c.json(replay(receipt, requestHash), 202);
      }
      // Nothing stored and no receipt: a rule refused it, else the random id was taken.
      const refused = refusal(context, input, participant);
      if (refused) throw refused;
    }
    throw new Error(`no free contribution id after ${ID_ATTEMPTS} attempts`);
  })
  .get('/:id', validate('param', ReferenceParam), async (c) => {
    const { id } = c.req.valid('param');
    const contribution = await findPublishedContribution(c.get('db'), id);
    if (!contribution) throw contributionNotFound(id);
    return c.json(contribution);
  })
  .post('/:id/reports', validate('param', ReferenceParam), reportBody, async (c) => {
    const { id } = c.req.valid('param');
    const { reason, note } = c.req.valid('json');
    const participant = c.get('participant');
    if (participant === null || participant.anonymous) {
      throw new ProblemError('sign_in_required', 'Sign in on the host site to report a contribution.');
    }
    const outcome = await reportContribution(c.get('db'), {
      contributionId: id,
      participant: participant.id,
      reason,
      note: note || undefined,
      threshold: reportHideThreshold(c.env),
      now: new Date().toISOString(),
    });
    if (outcome.result === 'not_found') throw contributionNotFound(id);
    if (outcome.result === 'already_reported') {
      throw contributionProblem('already_reported', 'You already reported this contribution.');
    }
    if (outcome.hidden) publishedPages.clear();
    return c.json({ reported: true }, 201);
  });

/**
 * What an Idempotency-Key stands for: SHA-256 (hex) of the validated
 * request, whose keys come in the schema's order whatever the client's, so
 * that only a change of content counts. The Turnstile token is left out: it
 * is good for one try, and a retry brings a fresh one. So is the language:
 * it says how to write to the author, not what they wrote (a retry after
 * the page switched language is the same contribution), and hashes stored
 * before it existed stay the same.
 */
async function hashRequest(input: ContributionInput): Promise<string> {
  const { turnstileToken: _, language: __, ...request } = input;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(request)));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The first submission's receipt for a repeat of the same request, else 422
 * `idempotency_key_reused`: a key stands for one request, and another text
 * sent under it would otherwise be dropped without a word. Rows stored before
 * hashes were kept (null) replay as before.
 */
function replay(stored: StoredReceipt, requestHash: string): ContributionReceipt {
  const { requestHash: storedHash, ...receipt } = stored;
  if (storedHash !== null && storedHash !== requestHash) {
    throw new ProblemError(
      'idempotency_key_reused',
      `This Idempotency-Key was first used for another request (contribution ${receipt.id}); draw a new key for a new contribution.`,
    );
  }
  return receipt;
}

/**
 * Why a submission was not stored, from the context read with it, in the
 * order a visitor should hear it: the theme, who may write there, the
 * territory. Undefined when every rule holds (the random id was taken).
 */
function refusal(
  context: Omit<SubmissionContext, 'receipt'>,
  input: Pick<ContributionInput, 'theme' | 'territory'>,
  participant: Participant | null,
): ProblemError | undefined {
  if (!context.theme) return new ProblemError('theme_not_found', `There is no theme "${input.theme}".`);
  requireAudience(context.theme.audience, participant, {
    item: 'this theme',
    action: 'An anonymous contribution',
  });
  if (!context.territoryKnown) {
    return new ProblemError('territory_not_found', `There is no territory "${input.territory}".`, {
      issues: [{ path: 'territory', message: 'not one of GET /api/v1/territories' }],
    });
  }
  return undefined;
}

/**
 * The name and role a contribution is published under. A signed-in author
 * is who their host site says: the name is the token's `name` (or none, when
 * publishing anonymously) and the role one of the token's `roles`; a body
 * that claims otherwise is refused (422 `author_mismatch`) rather than
 * silently corrected, so the form can say why. Anonymous visitors, and
 * people whose token names no role, declare their role and territory
 * themselves: the contribution says so wherever it is shown.
 */
function bylineOf(
  author: Participant,
  input: Pick<ContributionInput, 'anonymous' | 'displayName' | 'role'>,
): { displayName: string | null; selfDeclared: boolean } {
  const sent = input.anonymous ? null : input.displayName || null;
  if (author.anonymous) return { displayName: sent, selfDeclared: true };
  const issues: ProblemIssue[] = [];
  if (sent !== null && sent !== author.name) {
    issues.push({
      path: 'displayName',
      message: author.name
        ? 'a signed-in author is published under the name their site gives'
        : 'your site gives no name: publish anonymously',
    });
  }
  if (author.roles.length > 0 && !author.roles.includes(input.role)) {
    issues.push({ path: 'role', message: `one of the roles your site gives: ${author.roles.join(', ')}` });
  }
  if (issues.length > 0) {
    throw contributionProblem('author_mismatch', 'The name or role does not match your identity token.', {
      issues,
    });
  }
  return { displayName: sent, selfDeclared: author.roles.length === 0 };
}

function contributionNotFound(id: string): ProblemError {
  return contributionProblem('contribution_not_found', `There is no published contribution "${id}".`);
}
