/**
 * The demo seed's recommendations (schema/seed/0004_recommendations.sql):
 * every status on the four themes, each timeline a walk of the lifecycle
 * table, every decision answered, supports given while open and counted,
 * sources that readers can follow, texts the admin API would accept, the
 * Atom feed's tombstones, the audit log, and idempotence.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { ContributionView } from '../../schema/contributions.ts';
import {
  canMove,
  DECISION_STATUSES,
  PUBLIC_STATUSES,
  RECOMMENDATION_STATUSES,
  type RecommendationStatus,
  SUPPORT_OPEN_STATUSES,
} from '../../schema/recommendation-lifecycle.ts';
import { RecommendationInput, RecommendationList, RecommendationView } from '../../schema/recommendations.ts';
import { ADMIN, changedRows, databaseFingerprint, type Kit, seedDemo, startKit } from '../test/harness.ts';

let kit: Kit;
let views: RecommendationView[];
before(async () => {
  kit = await startKit();
  await seedDemo(kit.db);
  const response = await kit.request('/api/v1/recommendations?limit=50');
  assert.equal(response.status, 200);
  const list = v.parse(RecommendationList, await response.json());
  assert.equal(list.nextCursor, null);
  views = await Promise.all(
    list.recommendations.map(async ({ slug }) => {
      const one = await kit.request(`/api/v1/recommendations/${slug}`);
      assert.equal(one.status, 200, slug);
      return v.parse(RecommendationView, await one.json());
    }),
  );
});
after(() => kit.close());

interface SeededRow {
  id: number;
  slug: string;
  theme: string;
  status: RecommendationStatus;
  year: number;
  title: string;
  summary: string;
  body: string;
  audience: string;
}

async function seeded(): Promise<SeededRow[]> {
  const { results } = await kit.db
    .prepare(
      `SELECT r.id, r.slug, t.slug AS theme, r.status, r.year, r.title, r.summary, r.body, r.audience
       FROM recommendations r JOIN themes t ON t.id = r.theme_id ORDER BY r.id`,
    )
    .all<SeededRow>();
  return results;
}

const byStatus = (status: RecommendationStatus) => views.filter((view) => view.status === status);

describe('schema/seed: recommendations', () => {
  test('twelve on the four themes, three each, in every status; the draft is not public', async () => {
    const rows = await seeded();
    assert.equal(rows.length, 12);
    const perTheme = new Map<string, number>();
    for (const row of rows) perTheme.set(row.theme, (perTheme.get(row.theme) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(perTheme), {
      'cooperative-pour-qui': 3,
      'creer-son-activite': 3,
      'entreprise-partagee': 3,
      'modele-economique': 3,
    });
    assert.deepEqual([...new Set(rows.map((row) => row.status))].sort(), [...RECOMMENDATION_STATUSES].sort());
    assert.equal(views.length, 11, 'every one but the draft is public');
    assert.deepEqual([...new Set(views.map((view) => view.status))].sort(), [...PUBLIC_STATUSES].sort());
    const draft = rows.find((row) => row.status === 'draft');
    assert.ok(draft);
    assert.equal((await kit.request(`/api/v1/recommendations/${draft.slug}`)).status, 404);
    const admin = await kit.request(`/api/v1/admin/recommendations/${draft.slug}`, ADMIN);
    assert.equal(admin.status, 200);
    assert.ok(
      views.some((view) => Object.keys(view.title).join() === 'nl'),
      'one written in Dutch only',
    );
  });

  test('each timeline walks the lifecycle table from the draft to its status, by the body allowed', () => {
    for (const view of views) {
      let status: RecommendationStatus = 'draft';
      let at = '';
      for (const change of view.timeline) {
        assert.equal(change.from, status, `${view.slug}: from the status it was in`);
        assert.ok(canMove(change.from, change.to, change.by), `${view.slug}: ${change.from} → ${change.to}`);
        assert.ok(change.at > at, `${view.slug}: in order`);
        status = change.to;
        at = change.at;
      }
      assert.equal(status, view.status, view.slug);
      assert.equal(view.statusAt, at, `${view.slug}: statusAt is its last move`);
      const lastAnswer =
        view.answers
          .map((answer) => answer.answeredAt)
          .sort()
          .at(-1) ?? '';
      assert.equal(view.changedAt, lastAnswer > at ? lastAnswer : at, `${view.slug}: changedAt`);
    }
  });

  test('every decision came with the answer of the board; one answer was revised', () => {
    for (const view of views) {
      const decision = view.timeline.find((change) =>
        (DECISION_STATUSES as readonly string[]).includes(change.to),
      );
      if (!decision) continue;
      assert.ok(
        view.answers.some((answer) => answer.answeredAt <= decision.at),
        `${view.slug}: answered by the decision`,
      );
    }
    const revised = views.filter((view) => view.answers.length > 1);
    assert.deepEqual(
      revised.map((view) => view.answers.map((answer) => answer.version)),
      [[2, 1]],
    );
    assert.ok(views.some((view) => view.answers.some((answer) => answer.reviewOn !== null)));
  });

  test('one merged into a public one, which lists it; one withdrawn with its reason', () => {
    const [merged] = byStatus('merged');
    assert.ok(merged.mergedInto);
    const into = views.find((view) => view.slug === merged.mergedInto?.slug);
    assert.ok(into && into.status !== 'merged' && into.status !== 'withdrawn');
    assert.deepEqual(
      into.mergedFrom.map((link) => link.slug),
      [merged.slug],
    );
    const [withdrawn] = byStatus('withdrawn');
    assert.ok(withdrawn.timeline.at(-1)?.reason);
  });

  test('every source is one readers can follow; contributions show what took them up', async () => {
    const { results } = await kit.db
      .prepare(
        `SELECT r.slug, count(*) AS sources FROM recommendation_sources s
         JOIN recommendations r ON r.id = s.recommendation_id GROUP BY r.slug`,
      )
      .all<{ slug: string; sources: number }>();
    for (const view of views) {
      const linked = results.find((row) => row.slug === view.slug)?.sources ?? 0;
      assert.ok(linked > 0, `${view.slug} draws on something`);
      assert.equal(view.sources.length, linked, `${view.slug}: every source visible`);
    }
    assert.deepEqual(
      [...new Set(views.flatMap((view) => view.sources.map((source) => source.kind)))].sort(),
      ['contribution', 'event', 'poll'],
    );
    // The past workshop of the events' seed, with its minutes and who came (22 of 24).
    const workshops = views.flatMap((view) =>
      view.sources.flatMap((source) => (source.kind === 'event' ? [[view.slug, source] as const] : [])),
    );
    assert.deepEqual(workshops.map(([slug]) => slug).sort(), [
      'assemblees-regionales',
      'vote-electronique-ag',
    ]);
    for (const [, workshop] of workshops) {
      assert.equal(workshop.ref, 'atelier-bruxelles-bilan-entreprise-partagee');
      assert.equal(workshop.hasMinutes, true);
      assert.equal(workshop.attendees, 22);
      assert.ok(workshop.startsAt < new Date().toISOString(), 'it took place');
    }
    const contribution = views
      .find((view) => view.status === 'adopted')
      ?.sources.find((source) => source.kind === 'contribution');
    assert.ok(contribution);
    const response = await kit.request(`/api/v1/contributions/${contribution.ref}`);
    assert.equal(response.status, 200);
    const { takenUpIn } = v.parse(ContributionView, await response.json());
    assert.ok(takenUpIn.some((link) => link.slug === byStatus('adopted')[0].slug));
  });

  test('supports were given while open, and the counters equal the rows', async () => {
    const { results: supports } = await kit.db
      .prepare(
        `SELECT r.slug, p.roles, p.supported_at FROM recommendation_supports p
         JOIN recommendations r ON r.id = p.recommendation_id`,
      )
      .all<{ slug: string; roles: string; supported_at: string }>();
    assert.ok(supports.length >= 50);
    for (const support of supports) {
      const view = views.find((one) => one.slug === support.slug);
      assert.ok(view, `${support.slug}: supports only on public ones`);
      // The status it was in then: the last move before the support.
      const then = view.timeline.filter((change) => change.at <= support.supported_at).at(-1);
      assert.ok(
        then && (SUPPORT_OPEN_STATUSES as readonly string[]).includes(then.to),
        `${support.slug}: supported at ${support.supported_at} while ${then?.to}`,
      );
    }
    for (const view of views) {
      const rows = supports.filter((support) => support.slug === view.slug);
      assert.equal(view.supports.total, rows.length, view.slug);
      for (const { role, count } of view.supports.byRole) {
        assert.equal(
          count,
          rows.filter((row) => (JSON.parse(row.roles) as string[]).includes(role)).length,
          `${view.slug}: ${role}`,
        );
      }
    }
  });

  test('every seeded text is one the admin API accepts', async () => {
    const { results: sources } = await kit.db
      .prepare('SELECT recommendation_id AS id, kind, ref FROM recommendation_sources ORDER BY position')
      .all<{ id: number; kind: string; ref: string }>();
    for (const row of await seeded()) {
      const input = {
        slug: row.slug,
        theme: row.theme,
        year: row.year,
        title: JSON.parse(row.title),
        summary: JSON.parse(row.summary),
        text: JSON.parse(row.body),
        audience: row.audience,
        sources: sources.filter((source) => source.id === row.id).map(({ kind, ref }) => ({ kind, ref })),
      };
      const result = v.safeParse(RecommendationInput, input);
      assert.ok(
        result.success,
        `${row.slug}: ${JSON.stringify(result.issues?.map((issue) => issue.message))}`,
      );
    }
  });

  test('the Atom feed has an entry for each live one and a tombstone for the withdrawn and the merged', async () => {
    const response = await kit.request('/api/v1/recommendations.atom');
    assert.equal(response.status, 200);
    const xml = await response.text();
    const { results } = await kit.db
      .prepare("SELECT atom_id FROM recommendations WHERE status IN ('withdrawn', 'merged')")
      .all<{ atom_id: string }>();
    assert.equal(results.length, 2);
    for (const { atom_id } of results) assert.match(xml, new RegExp(`<at:deleted-entry ref="${atom_id}"`));
    assert.equal(xml.match(/<entry>/g)?.length, 9);
  });

  test('every move and answer is in the audit log', async () => {
    const counts = await kit.db
      .prepare(
        `SELECT
           (SELECT count(*) FROM recommendation_status_changes) AS moves,
           (SELECT count(*) FROM recommendation_answers) AS answers,
           (SELECT count(*) FROM audit_log WHERE item_kind = 'recommendation'
              AND action IN ('submit', 'status', 'merge', 'withdraw')) AS audited_moves,
           (SELECT count(*) FROM audit_log WHERE item_kind = 'recommendation' AND action = 'answer') AS audited_answers,
           (SELECT count(*) FROM audit_log WHERE item_kind = 'recommendation' AND action = 'create') AS created`,
      )
      .first<Record<string, number>>();
    assert.ok(counts);
    assert.equal(counts.audited_moves, counts.moves);
    assert.equal(counts.audited_answers, counts.answers);
    assert.equal(counts.created, 12);
    const history = await kit.request('/api/v1/admin/recommendations/tableau-contribution', ADMIN);
    assert.equal(history.status, 200);
  });

  test('a second run changes nothing', async () => {
    const before = await databaseFingerprint(kit.db);
    await seedDemo(kit.db);
    assert.deepEqual(changedRows(before, await databaseFingerprint(kit.db)), {});
  });
});
