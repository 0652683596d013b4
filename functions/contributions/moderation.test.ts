/**
 * The moderators' API: the queue, decisions and their audit log, on the real
 * runtime with a real D1. Contributions are seeded with SQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { CONTRIBUTION_STATUSES } from '../../schema/contributions.ts';
import {
  AdminSession,
  AuditLog,
  DECISIONS,
  type Decision,
  Queue,
  QueueItem,
  TRANSITIONS,
} from '../../schema/moderation.ts';
import {
  ADMIN,
  expectProblem,
  type Kit,
  type KitResponse,
  MODERATOR,
  type RequestOptions,
  startKit,
} from '../test/harness.ts';
import { expectUnchanged, logOf, seedContribution, seedReport, uniqueReference } from '../test/moderation.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function decide(id: string, json: unknown, options: RequestOptions = MODERATOR): Promise<KitResponse> {
  return kit.request(`/api/v1/admin/contributions/${id}/decisions`, { method: 'POST', json, ...options });
}

async function ok<T>(response: KitResponse, schema: v.GenericSchema<unknown, T>): Promise<T> {
  assert.equal(response.status, 200, await response.clone().text());
  return v.parse(schema, await response.json());
}

async function queue(query: string): Promise<Queue> {
  return ok(await kit.request(`/api/v1/admin/contributions${query}`, MODERATOR), Queue);
}

describe('GET /admin/session (who is signed in, for the moderation page)', () => {
  const session = (options: RequestOptions) => kit.request('/api/v1/admin/session', options);

  test('no credential at all: 200 signedIn false, never cached, while the rest of the admin API stays 401', async () => {
    const response = await session({});
    assert.equal(response.headers.get('Cache-Control'), 'private, no-store');
    assert.deepEqual(await ok(response, AdminSession), { signedIn: false });
    await expectProblem(await kit.request('/api/v1/admin/me', {}), 401, 'admin_unauthorized');
    await expectProblem(await kit.request('/api/v1/admin/contributions', {}), 401, 'admin_unauthorized');
  });

  test('a valid token: signed in, with who and which role, never cached', async () => {
    const response = await session(MODERATOR);
    assert.equal(response.headers.get('Cache-Control'), 'private, no-store');
    assert.deepEqual(await ok(response, AdminSession), {
      signedIn: true,
      admin: { name: 'test-moderator', role: 'moderator', via: 'token' },
    });
    assert.deepEqual(await ok(await session(ADMIN), AdminSession), {
      signedIn: true,
      admin: { name: 'test-admin', role: 'admin', via: 'token' },
    });
  });

  test('a credential that is presented is checked: a wrong one is 401, never “nobody”', async () => {
    const attempts: RequestOptions[] = [
      { token: 'wrong' },
      { headers: { Authorization: `Basic ${btoa('admin:secret')}` } },
      // Access is off in this kit: an assertion is refused, as on every admin route.
      { headers: { 'Cf-Access-Jwt-Assertion': 'a.b.c' } },
    ];
    for (const options of attempts) {
      await expectProblem(await session(options), 401, 'admin_unauthorized');
    }
  });
});

describe('GET /admin/contributions (the queue)', () => {
  // This theme is only used here, so that the other tests' contributions stay out of the way.
  const theme = 'cooperative-pour-qui';
  const ids: Record<string, string> = {};

  before(async () => {
    const at = (day: number) => `2025-01-0${day}T10:00:00.000Z`;
    ids.reported = await seedContribution(kit.db, {
      theme,
      status: 'reported',
      submittedAt: at(2),
      publishedAt: at(3),
      email: null,
    });
    ids.pending = await seedContribution(kit.db, {
      theme,
      status: 'pending',
      submittedAt: at(1),
      title: 'Le plus ancien',
      text: 'Premier paragraphe, entier.\n\nSecond paragraphe : le texte complet est montré aux modérateurs.',
      displayName: 'Zoé',
      anonymous: true,
      email: 'zoe@example.org',
    });
    ids.published = await seedContribution(kit.db, { theme, status: 'published', submittedAt: at(4) });
    ids.rejected = await seedContribution(kit.db, { theme, status: 'rejected', submittedAt: at(5) });
    ids.hidden = await seedContribution(kit.db, { theme, status: 'hidden', submittedAt: at(6) });
    await seedReport(kit.db, ids.reported, { reason: 'offensive', note: 'insultant', at: at(8) });
    await seedReport(kit.db, ids.reported, { reason: 'spam', at: at(7) });
  });

  test('by default: pending and reported, oldest first, full text, reports listed, never the e-mail', async () => {
    const response = await kit.request(`/api/v1/admin/contributions?theme=${theme}`, MODERATOR);
    const text = await response.clone().text();
    assert.doesNotMatch(text, /@example\.org/);
    const { items, nextCursor } = await ok(response, Queue);
    assert.equal(nextCursor, null);
    assert.deepEqual(
      items.map((item) => item.id),
      [ids.pending, ids.reported],
    );
    const [pending, reported] = items;
    assert.deepEqual(pending, {
      id: ids.pending,
      theme,
      status: 'pending',
      title: 'Le plus ancien',
      text: 'Premier paragraphe, entier.\n\nSecond paragraphe : le texte complet est montré aux modérateurs.',
      author: 'Zoé',
      anonymous: true,
      role: 'freelancer',
      territory: 'bruxelles',
      selfDeclared: true,
      hasEmail: true,
      submittedAt: '2025-01-01T10:00:00.000Z',
      publishedAt: null,
      reports: [],
    });
    assert.equal(reported.hasEmail, false);
    assert.equal(reported.publishedAt, '2025-01-03T10:00:00.000Z');
    assert.deepEqual(reported.reports, [
      { reason: 'spam', note: null, at: '2025-01-07T10:00:00.000Z' },
      { reason: 'offensive', note: 'insultant', at: '2025-01-08T10:00:00.000Z' },
    ]);
  });

  test('?status= picks one status', async () => {
    for (const status of ['published', 'rejected', 'hidden'] as const) {
      const { items } = await queue(`?theme=${theme}&status=${status}`);
      assert.deepEqual(
        items.map((item) => item.id),
        [ids[status]],
      );
    }
  });

  test('?theme= filters; without it every theme is listed', async () => {
    const other = await seedContribution(kit.db, {
      theme: 'modele-economique',
      submittedAt: '2025-01-01T09:00:00.000Z',
    });
    assert.ok(!(await queue(`?theme=${theme}`)).items.some((item) => item.id === other));
    assert.ok((await queue('')).items.some((item) => item.id === other));
    assert.deepEqual((await queue('?theme=entreprise-partagee&status=rejected')).items, []);
  });

  test('the keyset cursor walks every page once, ties on the date broken by id', async () => {
    const sameDay = '2024-06-01T00:00:00.000Z';
    const seeded: string[] = [];
    for (let i = 0; i < 53; i++) {
      seeded.push(
        await seedContribution(kit.db, {
          theme: 'entreprise-partagee',
          submittedAt: i < 10 ? sameDay : `2024-06-01T00:00:${String(i).padStart(2, '0')}.000Z`,
        }),
      );
    }
    const expected = [...seeded.slice(0, 10).sort(), ...seeded.slice(10)];
    const first = await queue('?theme=entreprise-partagee');
    assert.equal(first.items.length, 50);
    assert.ok(first.nextCursor);
    const second = await queue(`?theme=entreprise-partagee&cursor=${first.nextCursor}`);
    assert.equal(second.nextCursor, null);
    assert.deepEqual(
      [...first.items, ...second.items].map((item) => item.id),
      expected,
    );
  });

  test('invalid filters or cursor: 400 validation_failed', async () => {
    for (const query of [
      '?status=deleted',
      '?theme=Not A Slug',
      '?cursor=nonsense',
      `?cursor=${btoa('[1,2]')}`,
    ]) {
      const problem = await expectProblem(
        await kit.request(`/api/v1/admin/contributions${query}`, MODERATOR),
        400,
        'validation_failed',
      );
      assert.ok(problem.issues?.length);
    }
  });

  test('GET /admin/contributions/:id: one item (the id is case-insensitive); unknown 404, malformed 400', async () => {
    const item = await ok(
      await kit.request(`/api/v1/admin/contributions/${ids.reported}`, MODERATOR),
      QueueItem,
    );
    assert.equal(item.reports.length, 2);
    const lower = await ok(
      await kit.request(`/api/v1/admin/contributions/${ids.reported.toLowerCase()}`, MODERATOR),
      QueueItem,
    );
    assert.deepEqual(lower, item);
    await expectProblem(
      await kit.request(`/api/v1/admin/contributions/${uniqueReference()}`, MODERATOR),
      404,
      'contribution_not_found',
    );
    await expectProblem(
      await kit.request('/api/v1/admin/contributions/not%20an%20id', MODERATOR),
      400,
      'validation_failed',
    );
  });
});

function bodyFor(action: Decision) {
  return action === 'reject' ? { action, reasonCode: 'off_topic', note: 'Hors sujet ici.' } : { action };
}

describe('POST /admin/contributions/:id/decisions', () => {
  for (const action of DECISIONS) {
    for (const from of TRANSITIONS[action].from) {
      test(`${action}: ${from} -> ${TRANSITIONS[action].to}, with its audit row`, async () => {
        const id = await seedContribution(kit.db, { status: from, publishedAt: null });
        const started = new Date().toISOString();
        const item = await ok(await decide(id, bodyFor(action)), QueueItem);
        assert.equal(item.id, id);
        assert.equal(item.status, TRANSITIONS[action].to);
        const [row, ...more] = await logOf(kit.db, id);
        assert.deepEqual(more, []);
        assert.deepEqual(
          { ...row, id: undefined, at: undefined },
          {
            id: undefined,
            item_id: id,
            item_kind: 'contribution',
            actor: 'test-moderator',
            action,
            from_status: from,
            to_status: TRANSITIONS[action].to,
            reason_code: action === 'reject' ? 'off_topic' : null,
            note: action === 'reject' ? 'Hors sujet ici.' : null,
            at: undefined,
          },
        );
        assert.match(String(row.at), ISO);
        assert.ok(String(row.at) >= started);
      });
    }
  }

  for (const action of DECISIONS) {
    const illegal = CONTRIBUTION_STATUSES.filter((status) => !TRANSITIONS[action].from.includes(status));
    for (const from of illegal) {
      test(`${action} on a ${from} contribution: 409 illegal_transition, nothing written`, async () => {
        const id = await seedContribution(kit.db, { status: from });
        await expectUnchanged(kit, () => decide(id, bodyFor(action)), 409, 'illegal_transition');
      });
    }
  }

  test('publishing sets published_at; publishing a hidden one again keeps its first date', async () => {
    const id = await seedContribution(kit.db, { status: 'pending' });
    const published = await ok(await decide(id, { action: 'publish' }), QueueItem);
    assert.match(published.publishedAt ?? '', ISO);
    const hidden = await ok(await decide(id, { action: 'hide', note: 'à revoir' }), QueueItem);
    assert.equal(hidden.publishedAt, published.publishedAt);
    const again = await ok(await decide(id, { action: 'publish' }, ADMIN), QueueItem);
    assert.equal(again.status, 'published');
    assert.equal(again.publishedAt, published.publishedAt);
    const log = await logOf(kit.db, id);
    assert.deepEqual(
      log.map((row) => [row.actor, row.action, row.from_status, row.to_status, row.note]),
      [
        ['test-moderator', 'publish', 'pending', 'published', null],
        ['test-moderator', 'hide', 'published', 'hidden', 'à revoir'],
        ['test-admin', 'publish', 'hidden', 'published', null],
      ],
    );
  });

  test('invalid decisions are refused and change nothing', async () => {
    const id = await seedContribution(kit.db, { status: 'pending' });
    const refusals: [unknown, string?][] = [
      [{ action: 'reject' }],
      [{ action: 'reject', reasonCode: 'because' }],
      [{ action: 'delete' }],
      [{}],
      [{ action: 'hide', note: 'x'.repeat(1001) }],
    ];
    for (const [json] of refusals)
      await expectUnchanged(kit, () => decide(id, json), 400, 'validation_failed');
    const problem = await expectProblem(await decide(id, { action: 'reject' }), 400, 'validation_failed');
    assert.deepEqual(
      problem.issues?.map((issue) => issue.path),
      ['reasonCode'],
    );
    await expectUnchanged(
      kit,
      () =>
        kit.request(`/api/v1/admin/contributions/${id}/decisions`, {
          method: 'POST',
          body: 'action=publish',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          ...MODERATOR,
        }),
      415,
      'unsupported_media_type',
    );
    await expectUnchanged(
      kit,
      () => decide(uniqueReference(), { action: 'publish' }),
      404,
      'contribution_not_found',
    );
  });

  test('a reason on a publication is refused, not written to the log; hiding may give one', async () => {
    const id = await seedContribution(kit.db, { status: 'pending' });
    const problem = await expectProblem(
      await decide(id, { action: 'publish', reasonCode: 'spam' }),
      400,
      'validation_failed',
    );
    assert.deepEqual(problem.issues, [{ path: 'reasonCode', message: 'publishing takes no reason' }]);
    assert.deepEqual(await logOf(kit.db, id), []);
    await expectUnchanged(
      kit,
      () => decide(id, { action: 'publish', reasonCode: 'other' }),
      400,
      'validation_failed',
    );
    await ok(await decide(id, { action: 'hide', reasonCode: 'offensive' }), QueueItem);
    assert.equal((await logOf(kit.db, id))[0].reason_code, 'offensive');
  });

  test('a note is trimmed, and an empty one is no note', async () => {
    const id = await seedContribution(kit.db, { status: 'pending' });
    await ok(await decide(id, { action: 'reject', reasonCode: 'spam', note: '   ' }), QueueItem);
    const [row] = await logOf(kit.db, id);
    assert.equal(row.note, null);
    const other = await seedContribution(kit.db, { status: 'pending' });
    await ok(await decide(other, { action: 'hide', note: '  doublon de K7M2  ' }), QueueItem);
    assert.equal((await logOf(kit.db, other))[0].note, 'doublon de K7M2');
  });

  test('two decisions at once on one contribution: one wins, the other is 409, one audit row', async () => {
    for (let round = 0; round < 5; round++) {
      const id = await seedContribution(kit.db, { status: 'pending' });
      const responses = await Promise.all([
        decide(id, { action: 'publish' }, MODERATOR),
        decide(id, { action: 'reject', reasonCode: 'spam' }, ADMIN),
      ]);
      const statuses = responses.map((response) => response.status).sort();
      assert.deepEqual(statuses, [200, 409]);
      const loser = responses.find((response) => response.status === 409);
      if (loser) await expectProblem(loser, 409, 'illegal_transition');
      const winner = responses.find((response) => response.status === 200);
      const item = v.parse(QueueItem, await winner?.json());
      const log = await logOf(kit.db, id);
      assert.equal(log.length, 1);
      assert.equal(log[0].to_status, item.status);

      // Same decision twice: the second finds the contribution already moved.
      const other = await seedContribution(kit.db, { status: 'pending' });
      const twice = await Promise.all([decide(other, { action: 'hide' }), decide(other, { action: 'hide' })]);
      assert.deepEqual(twice.map((response) => response.status).sort(), [200, 409]);
      assert.equal((await logOf(kit.db, other)).length, 1);
    }
  });
});

describe('GET /admin/audit', () => {
  test('newest first, filtered by contribution, with everything a decision recorded', async () => {
    const id = await seedContribution(kit.db, { status: 'pending' });
    await ok(await decide(id, { action: 'publish', note: 'ok' }), QueueItem);
    await ok(
      await decide(id, { action: 'hide', reasonCode: 'personal_data', note: 'adresse' }, ADMIN),
      QueueItem,
    );
    const log = await ok(
      await kit.request(`/api/v1/admin/audit?kind=contribution&item=${id}`, MODERATOR),
      AuditLog,
    );
    assert.equal(log.nextCursor, null);
    assert.deepEqual(
      log.entries.map(({ id: _, at, ...entry }) => {
        assert.match(at, ISO);
        return entry;
      }),
      [
        {
          kind: 'contribution',
          item: id,
          actor: 'test-admin',
          action: 'hide',
          from: 'published',
          to: 'hidden',
          reasonCode: 'personal_data',
          note: 'adresse',
        },
        {
          kind: 'contribution',
          item: id,
          actor: 'test-moderator',
          action: 'publish',
          from: 'pending',
          to: 'published',
          reasonCode: null,
          note: 'ok',
        },
      ],
    );
    assert.ok(log.entries[0].id > log.entries[1].id);
    const all = await ok(await kit.request('/api/v1/admin/audit', MODERATOR), AuditLog);
    assert.deepEqual(all.entries[0], log.entries[0]);
  });

  test('pages of 50 with a cursor', async () => {
    const id = uniqueReference();
    const insert = kit.db.prepare(
      `INSERT INTO audit_log (item_id, actor, action, from_status, to_status, at)
       VALUES (?1, 'test-moderator', 'hide', 'published', 'hidden', ?2)`,
    );
    await kit.db.batch(
      Array.from({ length: 55 }, (_, i) =>
        insert.bind(id, new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString()),
      ),
    );
    const first = await ok(
      await kit.request(`/api/v1/admin/audit?kind=contribution&item=${id}`, MODERATOR),
      AuditLog,
    );
    assert.equal(first.entries.length, 50);
    assert.ok(first.nextCursor);
    const second = await ok(
      await kit.request(
        `/api/v1/admin/audit?kind=contribution&item=${id}&cursor=${first.nextCursor}`,
        MODERATOR,
      ),
      AuditLog,
    );
    assert.equal(second.entries.length, 5);
    assert.equal(second.nextCursor, null);
    const ids = [...first.entries, ...second.entries].map((entry) => entry.id);
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => b - a),
    );
    assert.equal(new Set(ids).size, 55);
    assert.equal(second.entries.at(-1)?.at, '2025-01-01T00:00:00.000Z');
  });

  test('invalid filters: 400 validation_failed', async () => {
    for (const query of ['?cursor=abc', '?cursor=0', '?cursor=-1', '?item=%3Cscript%3E', '?kind=poll']) {
      await expectProblem(
        await kit.request(`/api/v1/admin/audit${query}`, MODERATOR),
        400,
        'validation_failed',
      );
    }
  });
});
