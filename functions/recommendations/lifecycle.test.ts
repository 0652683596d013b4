/**
 * The steering committee's and the board's API: drafts, edits, sources,
 * every move of the lifecycle table (and every illegal one refused with
 * nothing changed), versioned answers, the audit log, roles, and moves
 * that race.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type Body,
  canMove,
  PUBLIC_STATUSES,
  RECOMMENDATION_STATUSES,
  type RecommendationStatus,
} from '../../schema/recommendation-lifecycle.ts';
import type {
  AdminRecommendationList,
  AdminRecommendationView,
  BoardAnswer,
} from '../../schema/recommendations.ts';
import {
  ADMIN,
  changedRows,
  createPoll,
  databaseFingerprint,
  expectNothingChanged,
  expectProblem,
  type Kit,
  MODERATOR,
  mintToken,
  readProblem,
  startKit,
} from '../test/harness.ts';
import { seedContribution } from '../test/moderation.ts';
import {
  ANSWER,
  adminView,
  auditOf,
  type Bodies,
  bodies,
  createDraft,
  move,
  recommendationIn,
  recommendationInput,
} from './test-helpers.ts';

/** A year no other test of this file uses (a random pick could collide with another test's). */
let lastYear = 2030;
const freshYear = () => ++lastYear;

let kit: Kit;
let as: Bodies;
before(async () => {
  kit = await startKit();
  as = await bodies(kit);
});
after(() => kit.close());

const ADMIN_API = '/api/v1/admin/recommendations';

async function json<T>(response: Response | Awaited<ReturnType<Kit['request']>>, status: number): Promise<T> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return JSON.parse(text) as T;
}

describe('POST /admin/recommendations: a draft', () => {
  test('an editor writes a draft: 201, its Atom id minted, its sources in order, "create" in the audit log', async () => {
    const contribution = await seedContribution(kit.db, { status: 'published' });
    const poll = await createPoll(kit);
    const input = recommendationInput({
      sources: [
        { kind: 'poll', ref: poll },
        { kind: 'contribution', ref: contribution },
        { kind: 'poll', ref: poll },
      ],
    });
    const view = await json<AdminRecommendationView>(
      await kit.request(ADMIN_API, { method: 'POST', ...as.editor, json: input }),
      201,
    );
    assert.equal(view.status, 'draft');
    assert.match(view.atomId, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.deepEqual(view.title, input.title);
    assert.equal(view.audience, 'participants');
    assert.deepEqual(view.languages, ['fr']);
    assert.deepEqual(
      view.linkedSources,
      [
        { kind: 'poll', ref: poll, public: true },
        { kind: 'contribution', ref: contribution, public: true },
      ],
      'each source once, in the order given',
    );
    assert.deepEqual(
      view.sources.map((source) => source.ref),
      [poll, contribution],
    );
    assert.deepEqual(view.timeline, []);
    const log = await auditOf(kit.db, input.slug as string);
    assert.equal(log.length, 1);
    assert.equal(log[0].action, 'create');
    assert.match(log[0].actor, /^editor-/);
    assert.deepEqual([log[0].from_status, log[0].to_status], ['draft', 'draft']);
  });

  test('a draft is not public: 404 to readers, absent from the list; the admin list has it', async () => {
    const slug = await createDraft(kit);
    await expectProblem(
      await kit.request(`/api/v1/recommendations/${slug}`),
      404,
      'recommendation_not_found',
    );
    const list = await json<{ recommendations: { slug: string }[] }>(
      await kit.request('/api/v1/recommendations?limit=50'),
      200,
    );
    assert.ok(!list.recommendations.some((item) => item.slug === slug));
    const admin = await json<AdminRecommendationList>(
      await kit.request(`${ADMIN_API}?status=draft`, as.board),
      200,
    );
    assert.ok(admin.recommendations.some((item) => item.slug === slug && item.status === 'draft'));
  });

  test('refusals change nothing: slug taken 409, unknown theme 404, source not public 422, bad input 400', async () => {
    const slug = await createDraft(kit);
    const post = (json: unknown) => () => kit.request(ADMIN_API, { method: 'POST', ...as.editor, json });
    await expectNothingChanged(kit, post(recommendationInput({ slug })), 409, 'recommendation_exists');
    await expectNothingChanged(
      kit,
      post(recommendationInput({ theme: 'no-such-theme' })),
      404,
      'theme_not_found',
    );
    const pending = await seedContribution(kit.db, { status: 'pending' });
    const hidden = await seedContribution(kit.db, { status: 'hidden' });
    for (const source of [
      { kind: 'contribution', ref: pending },
      { kind: 'contribution', ref: hidden },
      { kind: 'contribution', ref: 'ZZZZ-ZZZZ' },
      { kind: 'poll', ref: 'no-such-poll' },
    ]) {
      const problem = await expectNothingChanged(
        kit,
        post(recommendationInput({ sources: [source] })),
        422,
        'source_not_found',
      );
      assert.deepEqual(problem.issues?.[0].path, 'sources.0');
    }
    for (const broken of [
      recommendationInput({ title: {} }),
      recommendationInput({ title: { de: 'Titel' } }),
      recommendationInput({ year: 1999 }),
      recommendationInput({ slug: 'Not A Slug' }),
      recommendationInput({ slug: 'sources' }),
      recommendationInput({ audience: 'everyone' }),
      recommendationInput({
        sources: Array.from({ length: 51 }, (_, i) => ({ kind: 'poll', ref: `p-${i}` })),
      }),
    ]) {
      await expectNothingChanged(kit, post(broken), 400, 'validation_failed');
    }
  });

  test('the board, moderators and visitors may not write drafts', async () => {
    const post = (options: Record<string, unknown>) => () =>
      kit.request(ADMIN_API, { method: 'POST', ...options, json: recommendationInput() });
    await expectNothingChanged(kit, post(as.board), 403, 'admin_forbidden');
    await expectNothingChanged(kit, post(MODERATOR), 403, 'admin_forbidden');
    await expectNothingChanged(kit, post({}), 401, 'admin_unauthorized');
    await expectNothingChanged(kit, post({ token: await mintToken() }), 401, 'admin_unauthorized');
    await expectProblem(await kit.request(ADMIN_API, MODERATOR), 403, 'admin_forbidden');
  });
});

describe('PATCH /admin/recommendations/:slug and PUT …/sources', () => {
  test('an edit keeps the slug and the Atom id, moves updated_at (not changed_at), and is logged', async () => {
    const { slug } = await recommendationIn(kit, 'submitted');
    const before = await adminView(kit, slug);
    const stored = async () =>
      kit.db.prepare('SELECT changed_at, updated_at FROM recommendations WHERE slug = ?1').bind(slug).first();
    const was = await stored();
    const view = await json<AdminRecommendationView>(
      await kit.request(`${ADMIN_API}/${slug}`, {
        method: 'PATCH',
        ...as.editor,
        json: { title: { nl: 'Alleen in het Nederlands' }, theme: 'entreprise-partagee', year: 2027 },
      }),
      200,
    );
    assert.equal(view.atomId, before.atomId);
    assert.deepEqual(view.title, { nl: 'Alleen in het Nederlands' });
    assert.equal(view.theme.slug, 'entreprise-partagee');
    assert.equal(view.year, 2027);
    assert.deepEqual(view.summary, before.summary, 'absent fields keep their value');
    assert.equal(view.status, 'submitted');
    const is = await stored();
    assert.equal(is?.changed_at, was?.changed_at);
    assert.ok(String(is?.updated_at) > String(was?.updated_at));
    const log = await auditOf(kit.db, slug);
    assert.deepEqual(log.at(-1), {
      actor: log.at(-1)?.actor,
      action: 'edit',
      from_status: 'submitted',
      to_status: 'submitted',
      note: 'theme, year, title',
    });
  });

  test('PUT sources replaces the list, in order; a missing source refuses the whole list', async () => {
    const slug = await createDraft(kit);
    const [a, b] = [
      await seedContribution(kit.db, { status: 'published' }),
      await seedContribution(kit.db, { status: 'published' }),
    ];
    const put = (sources: unknown) =>
      kit.request(`${ADMIN_API}/${slug}/sources`, { method: 'PUT', ...as.editor, json: { sources } });
    const view = await json<AdminRecommendationView>(
      await put([
        { kind: 'contribution', ref: b },
        { kind: 'contribution', ref: a },
      ]),
      200,
    );
    assert.deepEqual(
      view.linkedSources.map((source) => source.ref),
      [b, a],
    );
    assert.equal((await auditOf(kit.db, slug)).at(-1)?.action, 'sources');
    await expectNothingChanged(
      kit,
      () => put([{ kind: 'contribution', ref: 'ZZZZ-ZZZZ' }]),
      422,
      'source_not_found',
    );
    await expectNothingChanged(
      kit,
      () =>
        kit.request(`${ADMIN_API}/${slug}/sources`, { method: 'PUT', ...as.board, json: { sources: [] } }),
      403,
      'admin_forbidden',
    );
    // A source that stops being public stays linked, shown as such to editors, and leaves the public view.
    await kit.db.prepare("UPDATE contributions SET status = 'hidden' WHERE id = ?1").bind(a).run();
    const after = await adminView(kit, slug);
    assert.deepEqual(after.linkedSources, [
      { kind: 'contribution', ref: b, public: true },
      { kind: 'contribution', ref: a, public: false },
    ]);
    assert.deepEqual(
      after.sources.map((source) => source.ref),
      [b],
    );
  });

  test('unknown recommendation: 404; a moderator or the board may not edit', async () => {
    await expectNothingChanged(
      kit,
      () => kit.request(`${ADMIN_API}/no-such-reco`, { method: 'PATCH', ...as.editor, json: { year: 2027 } }),
      404,
      'recommendation_not_found',
    );
    const slug = await createDraft(kit);
    for (const who of [as.board, MODERATOR]) {
      await expectNothingChanged(
        kit,
        () => kit.request(`${ADMIN_API}/${slug}`, { method: 'PATCH', ...who, json: { year: 2027 } }),
        403,
        'admin_forbidden',
      );
    }
  });
});

describe('GET /admin/recommendations/sources', () => {
  test('finds published contributions by words of their title or their reference, and polls by their question', async () => {
    const word = `mot${crypto.randomUUID().slice(0, 6)}`;
    const published = await seedContribution(kit.db, { status: 'published', title: `Un titre avec ${word}` });
    await seedContribution(kit.db, { status: 'pending', title: `En attente ${word}` });
    const poll = await createPoll(kit, { question: { fr: `Question sur ${word} ?` } });
    const search = async (query: string) =>
      json<{ sources: { kind: string; ref: string }[] }>(
        await kit.request(`${ADMIN_API}/sources?${query}`, as.editor),
        200,
      );
    assert.deepEqual(
      (await search(`q=${word}`)).sources.map((source) => [source.kind, source.ref]),
      [
        ['contribution', published],
        ['poll', poll],
      ],
    );
    assert.deepEqual(
      (await search(`q=${word}&kind=poll`)).sources.map((source) => source.ref),
      [poll],
    );
    assert.deepEqual(
      (await search(`q=${published.toLowerCase()}`)).sources.map((source) => source.ref),
      [published],
    );
  });

  test('LIKE wildcards in the words are taken literally', async () => {
    const word = `p${crypto.randomUUID().slice(0, 6)}`;
    const literal = await seedContribution(kit.db, { status: 'published', title: `Hausse de 5% ${word}` });
    await seedContribution(kit.db, { status: 'published', title: `Hausse de 5 points ${word}` });
    const found = await json<{ sources: { ref: string }[] }>(
      await kit.request(`${ADMIN_API}/sources?q=${encodeURIComponent(`5% ${word}`)}`, as.editor),
      200,
    );
    assert.deepEqual(
      found.sources.map((source) => source.ref),
      [literal],
    );
    const underscore = await json<{ sources: unknown[] }>(
      await kit.request(`${ADMIN_API}/sources?q=${encodeURIComponent(`_${word}`)}`, as.editor),
      200,
    );
    assert.deepEqual(underscore.sources, []);
  });

  test('editors only; a query of one character is refused', async () => {
    await expectProblem(
      await kit.request(`${ADMIN_API}/sources?q=facturation`, as.board),
      403,
      'admin_forbidden',
    );
    await expectProblem(await kit.request(`${ADMIN_API}/sources?q=a`, as.editor), 400, 'validation_failed');
    await expectProblem(
      await kit.request(`${ADMIN_API}/sources?q=ab&kind=video`, as.editor),
      400,
      'validation_failed',
    );
  });
});

/** A recommendation in `status` (through the API), and the request options of each body. */
const BODY_OPTIONS = (body: Body) => (body === 'board' ? as.board : as.editor);

/** What any write of a move would change: the recommendation's row, and the rows of every table a move writes to. */
async function lifecycleTotals(db: D1Database, slug: string) {
  return db
    .prepare(
      `SELECT r.status, r.status_at, r.changed_at, r.updated_at, r.merged_into,
         (SELECT count(*) FROM recommendations) AS recommendations,
         (SELECT count(*) FROM recommendation_status_changes) AS changes,
         (SELECT count(*) FROM recommendation_answers) AS answers,
         (SELECT count(*) FROM audit_log) AS audit
       FROM recommendations r WHERE r.slug = ?1`,
    )
    .bind(slug)
    .first();
}

describe('POST /admin/recommendations/:slug/status', () => {
  test('a draft submitted by the steering committee: the move, its timeline row and its audit row', async () => {
    const slug = await createDraft(kit);
    const view = await json<AdminRecommendationView>(
      await move(kit, slug, { to: 'submitted', reason: { fr: 'Prête pour le CA.' } }, as.editor),
      200,
    );
    assert.equal(view.status, 'submitted');
    assert.equal(view.timeline.length, 1);
    assert.deepEqual(
      { ...view.timeline[0], at: undefined },
      {
        from: 'draft',
        to: 'submitted',
        by: 'steering_committee',
        reason: { fr: 'Prête pour le CA.' },
        at: undefined,
      },
    );
    assert.equal(view.statusAt, view.timeline[0].at);
    assert.equal(view.changedAt, view.timeline[0].at);
    const log = await auditOf(kit.db, slug);
    assert.deepEqual(log.at(-1), {
      actor: log.at(-1)?.actor,
      action: 'submit',
      from_status: 'draft',
      to_status: 'submitted',
      note: 'Prête pour le CA.',
    });
    // Public from now on.
    assert.equal((await kit.request(`/api/v1/recommendations/${slug}`)).status, 200);
  });

  test('a decision with the board’s answer: the move, the answer (version 1) and both audit rows in one batch', async () => {
    const { slug } = await recommendationIn(kit, 'under_review');
    const view = await json<AdminRecommendationView>(
      await move(
        kit,
        slug,
        {
          to: 'partially_adopted',
          answer: { text: { fr: 'En partie.', en: 'In part.' }, reviewOn: '2027-03-31' },
        },
        as.board,
      ),
      200,
    );
    assert.equal(view.status, 'partially_adopted');
    assert.deepEqual(
      view.answers.map((answer) => [answer.version, answer.text, answer.reviewOn]),
      [[1, { fr: 'En partie.', en: 'In part.' }, '2027-03-31']],
    );
    assert.equal(view.answers[0].answeredAt, view.statusAt);
    assert.deepEqual(
      view.timeline.map((change) => [change.from, change.to, change.by]),
      [
        ['draft', 'submitted', 'steering_committee'],
        ['submitted', 'under_review', 'board'],
        ['under_review', 'partially_adopted', 'board'],
      ],
    );
    const log = await auditOf(kit.db, slug);
    assert.deepEqual(
      log.slice(-2).map((row) => [row.action, row.from_status, row.to_status, row.note]),
      [
        ['answer', 'under_review', 'under_review', 'version 1'],
        ['status', 'under_review', 'partially_adopted', null],
      ],
    );
  });

  test('every legal move of the table is accepted, by its body', async () => {
    const target = (await recommendationIn(kit, 'submitted')).slug;
    const legal = RECOMMENDATION_STATUSES.flatMap((from) =>
      PUBLIC_STATUSES.flatMap((to) =>
        (['steering_committee', 'board'] as const).flatMap((body) =>
          canMove(from, to, body) ? [{ from, to, body }] : [],
        ),
      ),
    );
    // The moves of one starting status at once, each on its own recommendation.
    for (const from of RECOMMENDATION_STATUSES) {
      await Promise.all(
        legal
          .filter((step) => step.from === from)
          .map(async ({ to, body }) => {
            const { slug } = await recommendationIn(kit, from);
            const response = await move(
              kit,
              slug,
              {
                to,
                ...(body === 'board' ? { answer: ANSWER } : {}),
                ...(to === 'merged' ? { into: target } : {}),
              },
              BODY_OPTIONS(body),
            );
            const view = await json<AdminRecommendationView>(response, 200);
            assert.equal(view.status, to, `${from} → ${to} by ${body}`);
            assert.equal(view.timeline.at(-1)?.by, body);
            if (to === 'merged') assert.equal(view.mergedInto?.slug, target);
          }),
      );
    }
    assert.equal(legal.length, 34);
  });

  test('every illegal move of the table is refused with 409, for the caller’s body, nothing changed', async () => {
    const refused: string[] = [];
    const target = (await recommendationIn(kit, 'submitted')).slug;
    for (const from of RECOMMENDATION_STATUSES) {
      const { slug } = await recommendationIn(kit, from);
      const illegal = PUBLIC_STATUSES.flatMap((to) =>
        (['steering_committee', 'board'] as const).flatMap((body) =>
          canMove(from, to, body) ? [] : [{ to, body }],
        ),
      );
      // All of them at once; the totals any write of a move would change, before and after (rather than every row).
      const before = await lifecycleTotals(kit.db, slug);
      await Promise.all(
        illegal.map(async ({ to, body }) => {
          const problem = await expectProblem(
            await move(
              kit,
              slug,
              {
                to,
                ...(body === 'board' ? { answer: ANSWER } : {}),
                ...(to === 'merged' ? { into: target } : {}),
              },
              BODY_OPTIONS(body),
            ),
            409,
            'transition_not_allowed',
          );
          assert.match(problem.detail ?? '', new RegExp(`cannot move a ${from} recommendation to ${to}`));
          refused.push(`${from}>${to}:${body}`);
        }),
      );
      assert.deepEqual(await lifecycleTotals(kit.db, slug), before, `no move from ${from} changed anything`);
    }
    // 10 statuses × 9 targets × 2 bodies, less the 34 legal moves of the table.
    assert.equal(refused.length, 10 * 9 * 2 - 34);
    assert.ok(refused.includes('draft>submitted:board'), 'the board does not submit');
    assert.ok(refused.includes('submitted>merged:board'), 'the board does not merge');
    assert.ok(refused.includes('withdrawn>submitted:steering_committee'), 'nothing leaves withdrawn');
    assert.ok(refused.includes('merged>withdrawn:board'), 'nothing leaves merged');
  });

  test('an admin acts for the body the table names, or the one in `as`; an editor may not act for the board', async () => {
    const { slug } = await recommendationIn(kit, 'submitted');
    const view = await json<AdminRecommendationView>(
      await move(kit, slug, { to: 'under_review' }, ADMIN),
      200,
    );
    assert.equal(view.timeline.at(-1)?.by, 'board');
    const withdrawn = await json<AdminRecommendationView>(
      await move(kit, slug, { to: 'withdrawn', as: 'board' }, ADMIN),
      200,
    );
    assert.equal(withdrawn.timeline.at(-1)?.by, 'board');
    const other = (await recommendationIn(kit, 'submitted')).slug;
    await expectNothingChanged(
      kit,
      () => move(kit, other, { to: 'under_review', as: 'board' }, as.editor),
      403,
      'admin_forbidden',
    );
    await expectNothingChanged(
      kit,
      () => move(kit, other, { to: 'under_review' }, MODERATOR),
      403,
      'admin_forbidden',
    );
  });

  test('a decision without the board’s answer: 422 answer_required; with an earlier answer it goes through', async () => {
    const { slug } = await recommendationIn(kit, 'under_review');
    for (const to of ['adopted', 'partially_adopted', 'not_adopted']) {
      await expectNothingChanged(kit, () => move(kit, slug, { to }, as.board), 422, 'answer_required');
    }
    await json<BoardAnswer>(
      await kit.request(`${ADMIN_API}/${slug}/answers`, { method: 'POST', ...as.board, json: ANSWER }),
      201,
    );
    const view = await json<AdminRecommendationView>(
      await move(kit, slug, { to: 'not_adopted' }, as.board),
      200,
    );
    assert.equal(view.status, 'not_adopted');
    assert.equal(view.answers.length, 1);
  });

  test('only the board answers; only a merge names `into`: 400, nothing changed', async () => {
    const { slug } = await recommendationIn(kit, 'submitted');
    await expectNothingChanged(
      kit,
      () => move(kit, slug, { to: 'withdrawn', answer: ANSWER }, as.editor),
      400,
      'validation_failed',
    );
    await expectNothingChanged(
      kit,
      () => move(kit, slug, { to: 'under_review', into: slug }, as.board),
      400,
      'validation_failed',
    );
    await expectNothingChanged(
      kit,
      () => move(kit, slug, { to: 'draft' }, as.editor),
      400,
      'validation_failed',
    );
    await expectNothingChanged(
      kit,
      () => move(kit, 'no-such-reco', { to: 'submitted' }, as.editor),
      404,
      'recommendation_not_found',
    );
  });

  test('a merge goes into a public, unmerged recommendation other than itself, else 422 merge_target_invalid', async () => {
    const { slug } = await recommendationIn(kit, 'under_review');
    const draft = await createDraft(kit);
    const withdrawn = (await recommendationIn(kit, 'withdrawn')).slug;
    const merged = (await recommendationIn(kit, 'merged')).slug;
    for (const into of [undefined, slug, draft, withdrawn, merged, 'no-such-reco']) {
      await expectNothingChanged(
        kit,
        () => move(kit, slug, { to: 'merged', ...(into ? { into } : {}) }, as.editor),
        422,
        'merge_target_invalid',
      );
    }
    const target = (await recommendationIn(kit, 'adopted')).slug;
    const view = await json<AdminRecommendationView>(
      await move(kit, slug, { to: 'merged', into: target }, as.editor),
      200,
    );
    assert.equal(view.mergedInto?.slug, target);
    assert.equal((await auditOf(kit.db, slug)).at(-1)?.action, 'merge');
    const into = await adminView(kit, target);
    assert.deepEqual(
      into.mergedFrom.map((link) => link.slug),
      [slug],
    );
  });

  test('moves that race: exactly one applies, the others are 409 and write nothing', async () => {
    const { slug } = await recommendationIn(kit, 'submitted');
    // Two final statuses, no move leaves either: whichever comes first, the other no longer applies.
    const into = (await recommendationIn(kit, 'submitted')).slug;
    const responses = await Promise.all([
      ...Array.from({ length: 5 }, () => move(kit, slug, { to: 'withdrawn' }, as.board)),
      ...Array.from({ length: 5 }, () => move(kit, slug, { to: 'merged', into }, as.editor)),
    ]);
    const statuses = responses.map((response) => response.status).sort();
    assert.deepEqual(statuses, [200, ...Array(9).fill(409)]);
    for (const response of responses) {
      if (response.status === 409) assert.equal((await readProblem(response)).code, 'transition_not_allowed');
      else await response.arrayBuffer();
    }
    const view = await adminView(kit, slug);
    assert.equal(view.timeline.length, 2, 'one timeline row for the one move');
    const moves = (await auditOf(kit.db, slug)).filter((row) => row.from_status !== row.to_status);
    assert.equal(moves.length, 2, 'the submission and the one move');
    assert.equal(moves[1].to_status, view.status);
    assert.equal(view.mergedInto?.slug ?? null, view.status === 'merged' ? into : null);
  });
});

describe('POST /admin/recommendations/:slug/answers', () => {
  test('the board answers, then revises: versions 1 and 2, both public, the newest first; the feed order moves', async () => {
    const { slug } = await recommendationIn(kit, 'adopted');
    const before = await adminView(kit, slug);
    const revised = await json<BoardAnswer>(
      await kit.request(`${ADMIN_API}/${slug}/answers`, {
        method: 'POST',
        ...as.board,
        json: { text: { fr: 'Réponse révisée.' }, reviewOn: '2027-06-30' },
      }),
      201,
    );
    assert.equal(revised.version, 2);
    assert.equal(revised.reviewOn, '2027-06-30');
    const view = await json<{ answers: BoardAnswer[]; changedAt: string; status: string }>(
      await kit.request(`/api/v1/recommendations/${slug}`),
      200,
    );
    assert.deepEqual(
      view.answers.map((answer) => answer.version),
      [2, 1],
    );
    assert.deepEqual(view.answers[1].text, ANSWER.text, 'the earlier version stays readable');
    assert.equal(view.status, 'adopted', 'an answer is not a move');
    assert.ok(view.changedAt > before.changedAt);
    assert.equal(view.changedAt, revised.answeredAt);
    assert.deepEqual((await auditOf(kit.db, slug)).at(-1), {
      actor: (await auditOf(kit.db, slug)).at(-1)?.actor,
      action: 'answer',
      from_status: 'adopted',
      to_status: 'adopted',
      note: 'version 2',
    });
  });

  test('answers sent at once each get their own version', async () => {
    const { slug } = await recommendationIn(kit, 'under_review');
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        kit.request(`${ADMIN_API}/${slug}/answers`, {
          method: 'POST',
          ...as.board,
          json: { text: { fr: `Réponse ${index}` } },
        }),
      ),
    );
    const versions = await Promise.all(responses.map((response) => json<BoardAnswer>(response, 201)));
    assert.deepEqual(
      versions.map((answer) => answer.version).sort((a, b) => a - b),
      [1, 2, 3, 4, 5, 6, 7, 8],
    );
  });

  test('refusals change nothing: a draft 409, an editor 403, unknown 404, bad input 400', async () => {
    const draft = await createDraft(kit);
    const answer =
      (slug: string, options: Record<string, unknown>, json: unknown = ANSWER) =>
      () =>
        kit.request(`${ADMIN_API}/${slug}/answers`, { method: 'POST', ...options, json });
    await expectNothingChanged(kit, answer(draft, as.board), 409, 'transition_not_allowed');
    const { slug } = await recommendationIn(kit, 'submitted');
    await expectNothingChanged(kit, answer(slug, as.editor), 403, 'admin_forbidden');
    await expectNothingChanged(kit, answer('no-such-reco', as.board), 404, 'recommendation_not_found');
    for (const body of [{}, { text: {} }, { text: { fr: '' } }, { ...ANSWER, reviewOn: '31/03/2027' }]) {
      await expectNothingChanged(kit, answer(slug, as.board, body), 400, 'validation_failed');
    }
  });
});

describe('GET /admin/recommendations', () => {
  test('every status, latest edit first, filtered, 50 a page with a cursor', async () => {
    const year = freshYear();
    const made: string[] = [];
    for (const status of ['draft', 'submitted', 'adopted'] as RecommendationStatus[]) {
      made.push((await recommendationIn(kit, status, { year, theme: 'creer-son-activite' })).slug);
    }
    const list = await json<AdminRecommendationList>(
      await kit.request(`${ADMIN_API}?year=${year}&theme=creer-son-activite`, as.editor),
      200,
    );
    assert.deepEqual(
      list.recommendations.map((item) => item.slug),
      [...made].reverse(),
    );
    assert.deepEqual(
      list.recommendations.map((item) => [item.status, item.answerVersion, item.sourceCount]),
      [
        ['adopted', 1, 0],
        ['submitted', null, 0],
        ['draft', null, 0],
      ],
    );
    assert.equal(list.nextCursor, null);
    const drafts = await json<AdminRecommendationList>(
      await kit.request(`${ADMIN_API}?year=${year}&status=draft`, ADMIN),
      200,
    );
    assert.deepEqual(
      drafts.recommendations.map((item) => item.slug),
      [made[0]],
    );
    await expectProblem(await kit.request(`${ADMIN_API}?theme=nope-nope`, ADMIN), 404, 'theme_not_found');
    await expectProblem(await kit.request(`${ADMIN_API}?cursor=garbage`, ADMIN), 400, 'validation_failed');
  });

  test('pages follow each other without gap or repeat', async () => {
    const year = freshYear();
    const before = await databaseFingerprint(kit.db);
    await kit.db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)
         INSERT INTO recommendations (slug, theme_id, year, status, title, summary, body, audience, atom_id,
           created_at, status_at, changed_at, updated_at)
         SELECT printf('page-%d-%03d', ?1, i), 1, ?1, 'draft', '{"fr":"T"}', '{"fr":"S"}', '{"fr":"B"}',
           'participants', printf('urn:uuid:page-%d-%03d', ?1, i), ?2, ?2, ?2,
           printf('2026-05-01T00:00:%02d.000Z', i % 7)
         FROM n`,
      )
      .bind(year, '2026-05-01T00:00:00.000Z')
      .run();
    assert.ok(
      Object.keys(changedRows(before, await databaseFingerprint(kit.db))).includes('recommendations'),
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response: Awaited<ReturnType<Kit['request']>> = await kit.request(
        `${ADMIN_API}?year=${year}${cursor ? `&cursor=${cursor}` : ''}`,
        ADMIN,
      );
      const list: AdminRecommendationList = await json<AdminRecommendationList>(response, 200);
      assert.ok(list.recommendations.length <= 50);
      seen.push(...list.recommendations.map((item) => item.slug));
      cursor = list.nextCursor;
    } while (cursor);
    assert.equal(seen.length, 120);
    assert.equal(new Set(seen).size, 120);
  });
});
