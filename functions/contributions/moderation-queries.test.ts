/**
 * The moderation and admin-token query functions, called directly with the
 * Worker's D1 binding.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TRANSITIONS } from '../../schema/moderation.ts';
import {
  adminTokenHash,
  findAdminByTokenHash,
  insertAdminToken,
  newAdminToken,
  revokeAdminToken,
} from '../admin/tokens.ts';
import { isUniqueViolation } from '../lib/d1-errors.ts';
import { auditChunk, listAudit } from '../moderation/queries.ts';
import { type Kit, startKit } from '../test/harness.ts';
import { logOf, moderationState, seedContribution, seedReport, uniqueReference } from '../test/moderation.ts';
import {
  applyDecision,
  type DecisionWrite,
  erasureStatements,
  findQueueItem,
  listQueue,
  publishedChunk,
} from './moderation-queries.ts';

/** Runs a participant's erasure of contributions alone; returns how many contributions it touched. */
async function eraseParticipant(db: D1Database, participant: string, actor: string, at: string) {
  const { statements, counted } = erasureStatements(db, participant, actor, at);
  return (await db.batch(statements))[counted].meta.changes;
}

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

const AT = '2026-03-01T12:00:00.000Z';

function publish(id: string, overrides: Partial<DecisionWrite> = {}): DecisionWrite {
  return {
    id,
    action: 'publish',
    ...TRANSITIONS.publish,
    actor: 'ana',
    reasonCode: null,
    note: null,
    at: AT,
    ...overrides,
  };
}

describe('db/moderation: applyDecision', () => {
  test('applies: status, published_at, updated_at, the audit row and the author’s message in one batch; returns the item after', async () => {
    const id = await seedContribution(kit.db, { status: 'pending' });
    const { applied, queued, item } = await applyDecision(kit.db, publish(id, { note: 'bien' }));
    assert.equal(applied, true);
    assert.equal(queued, true, 'the author left an e-mail');
    assert.equal(item?.status, 'published');
    assert.equal(item?.publishedAt, AT);
    const stored = await kit.db
      .prepare('SELECT updated_at FROM contributions WHERE id = ?1')
      .bind(id)
      .first();
    assert.equal(stored?.updated_at, AT);
    const [row] = await logOf(kit.db, id);
    assert.deepEqual(
      { ...row, id: 0 },
      {
        id: 0,
        item_id: id,
        item_kind: 'contribution',
        actor: 'ana',
        action: 'publish',
        from_status: 'pending',
        to_status: 'published',
        reason_code: null,
        note: 'bien',
        at: AT,
      },
    );
  });

  test('a decision whose guard no longer holds (it lost a race) writes nothing, not even the log', async () => {
    const id = await seedContribution(kit.db, { status: 'published' });
    const before = await moderationState(kit.db);
    // As if the caller had read `pending` just before someone else published it.
    const { applied, queued, item } = await applyDecision(
      kit.db,
      publish(id, { action: 'reject', from: ['pending'], to: 'rejected', reasonCode: 'spam' }),
    );
    assert.equal(applied, false);
    assert.equal(queued, false);
    assert.equal(item?.status, 'published');
    assert.deepEqual(await moderationState(kit.db), before);
  });

  test('publishing a reported contribution starts its report count again', async () => {
    const id = await seedContribution(kit.db, { status: 'reported' });
    await kit.db.prepare('UPDATE contributions SET report_count = 3 WHERE id = ?1').bind(id).run();
    const { applied } = await applyDecision(kit.db, publish(id, { from: ['reported'] }));
    assert.equal(applied, true);
    const row = await kit.db
      .prepare('SELECT status, report_count FROM contributions WHERE id = ?1')
      .bind(id)
      .first();
    assert.deepEqual({ ...row }, { status: 'published', report_count: 0 });
  });

  test('an unknown id: not applied, no item, nothing written', async () => {
    const before = await moderationState(kit.db);
    assert.deepEqual(await applyDecision(kit.db, publish(uniqueReference())), {
      applied: false,
      queued: false,
      item: null,
    });
    assert.deepEqual(await moderationState(kit.db), before);
  });
});

describe('db/moderation: reads', () => {
  test('listQueue and findQueueItem agree; reports are listed oldest first', async () => {
    const id = await seedContribution(kit.db, { status: 'reported', theme: 'cooperative-pour-qui' });
    await seedReport(kit.db, id, { reason: 'spam', at: '2026-01-02T00:00:00.000Z' });
    await seedReport(kit.db, id, { reason: 'off_topic', note: 'hors sujet', at: '2026-01-01T00:00:00.000Z' });
    const [listed] = await listQueue(kit.db, {
      statuses: ['reported'],
      theme: 'cooperative-pour-qui',
      limit: 10,
    });
    assert.deepEqual(listed, await findQueueItem(kit.db, id));
    assert.deepEqual(
      listed.reports.map((report) => report.reason),
      ['off_topic', 'spam'],
    );
    assert.equal(await findQueueItem(kit.db, uniqueReference()), null);
  });

  test('listAudit pages newest first; auditChunk reads in writing order', async () => {
    const id = await seedContribution(kit.db, { status: 'pending' });
    await applyDecision(kit.db, publish(id));
    await applyDecision(kit.db, { ...publish(id), action: 'hide', ...TRANSITIONS.hide });
    const newest = await listAudit(kit.db, { kind: 'contribution', item: id, limit: 1 });
    assert.deepEqual(
      newest.map((entry) => entry.action),
      ['hide'],
    );
    const older = await listAudit(kit.db, {
      kind: 'contribution',
      item: id,
      before: newest[0].id,
      limit: 10,
    });
    assert.deepEqual(
      older.map((entry) => entry.action),
      ['publish'],
    );
    const chunk = await auditChunk(kit.db, older[0].id - 1, 2);
    assert.deepEqual(
      chunk.map((entry) => entry.id),
      [older[0].id, newest[0].id],
    );
  });

  test('publishedChunk: published only, author null when anonymous, keyset by date then id', async () => {
    const theme = 'entreprise-partagee';
    const date = '2026-02-01T00:00:00.000Z';
    const a = await seedContribution(kit.db, {
      theme,
      status: 'published',
      publishedAt: date,
      id: 'AAAA-0001',
    });
    const b = await seedContribution(kit.db, {
      theme,
      status: 'published',
      publishedAt: date,
      id: 'AAAA-0002',
      anonymous: true,
    });
    await seedContribution(kit.db, { theme, status: 'hidden', publishedAt: date });
    const [first] = await publishedChunk(kit.db, { theme, limit: 1 });
    assert.deepEqual(first, {
      id: a,
      theme,
      title: `Contribution ${a}`,
      text: 'Un texte assez long pour être une contribution : au moins cinquante caractères.',
      author: 'Camille',
      role: 'freelancer',
      territory: 'bruxelles',
      selfDeclared: true,
      publishedAt: date,
    });
    const rest = await publishedChunk(kit.db, { theme, after: { publishedAt: date, id: a }, limit: 10 });
    assert.deepEqual(
      rest.map((row) => [row.id, row.author]),
      [[b, null]],
    );
  });
});

describe('db/moderation: erasureStatements', () => {
  test('counts and logs every contribution of the participant, and only theirs', async () => {
    const participant = `erase-${crypto.randomUUID()}`;
    const kept = await seedContribution(kit.db, { participant, status: 'reported' });
    const removed = await seedContribution(kit.db, { participant, status: 'pending' });
    await seedReport(kit.db, removed);
    const other = await seedContribution(kit.db, { status: 'pending' });
    assert.equal(await eraseParticipant(kit.db, participant, 'boss', AT), 2);
    assert.equal(await findQueueItem(kit.db, removed), null);
    const item = await findQueueItem(kit.db, kept);
    assert.deepEqual(
      [item?.author, item?.anonymous, item?.hasEmail, item?.status],
      [null, true, false, 'reported'],
    );
    assert.equal((await findQueueItem(kit.db, other))?.hasEmail, true);
    assert.deepEqual(
      (await logOf(kit.db, removed)).map((row) => [row.actor, row.action, row.reason_code, row.at]),
      [['boss', 'erase', 'deleted', AT]],
    );
    assert.equal(await eraseParticipant(kit.db, `nobody-${crypto.randomUUID()}`, 'boss', AT), 0);
  });
});

describe('db/admin-tokens', () => {
  test('found by hash until revoked; names are unique', async () => {
    const token = newAdminToken();
    const hash = await adminTokenHash(token);
    const name = `db-${crypto.randomUUID().slice(0, 8)}`;
    assert.equal(await findAdminByTokenHash(kit.db, hash), null);
    await insertAdminToken(kit.db, { name, role: 'moderator', hash, createdAt: AT });
    assert.deepEqual(await findAdminByTokenHash(kit.db, hash), { name, role: 'moderator' });
    await assert.rejects(
      insertAdminToken(kit.db, { name, role: 'admin', hash: await adminTokenHash('other'), createdAt: AT }),
      isUniqueViolation,
    );
    assert.equal(await revokeAdminToken(kit.db, name, AT), true);
    assert.equal(await revokeAdminToken(kit.db, name, AT), false);
    assert.equal(await findAdminByTokenHash(kit.db, hash), null);
  });

  test('adminTokenHash is SHA-256 in lowercase hex', async () => {
    assert.equal(
      await adminTokenHash('abc'),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
