/**
 * The admins' exports (published contributions and the audit log as CSV)
 * and erasure of a person's data.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { contributionInput, submitted } from '../test/contributions.ts';
import {
  ADMIN,
  expectProblem,
  type Kit,
  type KitResponse,
  MODERATOR,
  startKit,
  uniqueIp,
} from '../test/harness.ts';
import {
  expectUnchanged,
  logOf,
  moderationState,
  parseCsv,
  seedContribution,
  seedReport,
  testParticipant,
} from '../test/moderation.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

/** The body as bytes and as text (the BOM kept), after checking the download headers. */
async function download(
  response: KitResponse,
  filename: RegExp,
): Promise<{ bytes: Uint8Array; text: string }> {
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('Content-Type'), 'text/csv; charset=utf-8');
  assert.match(response.headers.get('Content-Disposition') ?? '', filename);
  assert.equal(response.headers.get('Cache-Control'), 'private, no-store');
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { bytes, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
}

describe('GET /admin/contributions/export.csv', () => {
  // Only this test writes on this theme.
  const theme = 'modele-economique';
  const ids: Record<string, string> = {};

  before(async () => {
    ids.plain = await seedContribution(kit.db, {
      theme,
      status: 'published',
      title: 'Économie sociale et solidaire',
      text: 'Un texte sans rien de spécial, accentué : été, où, çà, Œuvre, ß, 8,5 %.',
      displayName: 'Hélène Müller',
      role: 'member',
      territory: 'wallonie',
      selfDeclared: false,
      publishedAt: '2025-02-01T08:00:00.000Z',
    });
    ids.tricky = await seedContribution(kit.db, {
      theme,
      status: 'published',
      title: '=HYPERLINK("http://evil.example","clic")',
      text: 'Première ligne, avec une virgule\r\net "des guillemets"\nsur plusieurs lignes.',
      displayName: '@admin',
      publishedAt: '2025-02-02T08:00:00.000Z',
    });
    ids.anonymous = await seedContribution(kit.db, {
      theme,
      status: 'published',
      title: '+33 6 12 34 56 78',
      text: '-1 pour cette idée, sauf si la cotisation baisse à 6,5 % pour tout le monde.',
      displayName: 'Sam',
      anonymous: true,
      publishedAt: '2025-02-03T08:00:00.000Z',
    });
    for (const status of ['pending', 'rejected', 'hidden', 'reported'] as const) {
      await seedContribution(kit.db, { theme, status, publishedAt: '2025-02-04T08:00:00.000Z' });
    }
    await seedContribution(kit.db, { theme: 'creer-son-activite', status: 'published' });
  });

  test('published contributions only, UTF-8 with BOM, RFC 4180, formulas neutralised, anonyme for anonymous authors', async () => {
    const { bytes, text } = await download(
      await kit.request(`/api/v1/admin/contributions/export.csv?theme=${theme}`, ADMIN),
      new RegExp(`^attachment; filename="contributions-${theme}-\\d{4}-\\d\\d-\\d\\d\\.csv"$`),
    );
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(
      text.startsWith('\uFEFFid,theme,title,text,author,role,territory,self_declared,published_at\r\n'),
    );
    assert.ok(
      text.includes(
        `${ids.plain},${theme},Économie sociale et solidaire,"Un texte sans rien de spécial, accentué : été, où, çà, Œuvre, ß, 8,5 %.",Hélène Müller,member,wallonie,false,2025-02-01T08:00:00.000Z\r\n`,
      ),
    );
    assert.ok(
      text.includes(
        `${ids.tricky},${theme},"'=HYPERLINK(""http://evil.example"",""clic"")","Première ligne, avec une virgule\r\net ""des guillemets""\nsur plusieurs lignes.",'@admin,freelancer,bruxelles,true,`,
      ),
    );
    const [header, ...rows] = parseCsv(text.slice(1));
    assert.deepEqual(header, [
      'id',
      'theme',
      'title',
      'text',
      'author',
      'role',
      'territory',
      'self_declared',
      'published_at',
    ]);
    assert.deepEqual(
      rows.map((row) => row[0]),
      [ids.plain, ids.tricky, ids.anonymous],
    );
    assert.deepEqual(rows[1].slice(2, 5), [
      `'=HYPERLINK("http://evil.example","clic")`,
      'Première ligne, avec une virgule\r\net "des guillemets"\nsur plusieurs lignes.',
      "'@admin",
    ]);
    assert.deepEqual(rows[2].slice(2, 5), [
      "'+33 6 12 34 56 78",
      "'-1 pour cette idée, sauf si la cotisation baisse à 6,5 % pour tout le monde.",
      'anonyme',
    ]);
  });

  test('without a theme: every published contribution', async () => {
    const { text } = await download(
      await kit.request('/api/v1/admin/contributions/export.csv', ADMIN),
      /^attachment; filename="contributions-\d{4}-\d\d-\d\d\.csv"$/,
    );
    const [, ...rows] = parseCsv(text.slice(1));
    assert.equal(rows.length, 4);
    assert.deepEqual(new Set(rows.map((row) => row[1])), new Set([theme, 'creer-son-activite']));
  });

  test('an unknown theme exports the header only; a malformed one is 400', async () => {
    const { text } = await download(
      await kit.request('/api/v1/admin/contributions/export.csv?theme=no-such-theme', ADMIN),
      /attachment/,
    );
    assert.equal(text, '\uFEFFid,theme,title,text,author,role,territory,self_declared,published_at\r\n');
    await expectProblem(
      await kit.request('/api/v1/admin/contributions/export.csv?theme=A%20B', ADMIN),
      400,
      'validation_failed',
    );
  });
  test('streams exports larger than one read (500 rows) without losing or repeating any', async () => {
    await kit.db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1201)
         INSERT INTO contributions (id, theme_id, participant, idempotency_key, status, title, body, role,
           territory, display_name, anonymous, email, consent_at, submitted_at, published_at, updated_at)
         SELECT printf('BULK-%04d', i), (SELECT id FROM themes WHERE slug = 'entreprise-partagee'), 'bulk', i,
           'published', 'Titre ' || i, 'Texte', 'freelancer', 'bruxelles', NULL, 1, NULL, ?1, ?1,
           -- Ten share each date, so that the keyset relies on the id too.
           strftime('%Y-%m-%dT%H:%M:%fZ', ?1, '+' || (i / 10) || ' seconds'), ?1
         FROM n`,
      )
      .bind('2025-03-01T00:00:00.000Z')
      .run();
    const { text } = await download(
      await kit.request('/api/v1/admin/contributions/export.csv?theme=entreprise-partagee', ADMIN),
      /attachment/,
    );
    const [, ...rows] = parseCsv(text.slice(1));
    assert.deepEqual(
      rows.map((row) => row[0]),
      Array.from({ length: 1201 }, (_, i) => `BULK-${String(i + 1).padStart(4, '0')}`),
    );
  });
});

describe('GET /admin/audit/export.csv', () => {
  test('the whole log, oldest first, quoted and neutralised like the export', async () => {
    const id = await seedContribution(kit.db, { status: 'pending' });
    const decide = (json: unknown) =>
      kit.request(`/api/v1/admin/contributions/${id}/decisions`, { method: 'POST', json, ...MODERATOR });
    assert.equal((await decide({ action: 'publish', note: '=1+1, "vu", déjà' })).status, 200);
    assert.equal((await decide({ action: 'hide', reasonCode: 'spam' })).status, 200);
    const { text } = await download(
      await kit.request('/api/v1/admin/audit/export.csv', ADMIN),
      /^attachment; filename="moderation-log-\d{4}-\d\d-\d\d\.csv"$/,
    );
    assert.ok(text.startsWith('\uFEFFid,kind,item,actor,action,from,to,reason_code,note,at\r\n'));
    const [, ...rows] = parseCsv(text.slice(1));
    const log = await logOf(kit.db, id);
    const mine = rows.filter((row) => row[2] === id);
    assert.deepEqual(mine, [
      [
        String(log[0].id),
        'contribution',
        id,
        'test-moderator',
        'publish',
        'pending',
        'published',
        '',
        `'=1+1, "vu", déjà`,
        String(log[0].at),
      ],
      [
        String(log[1].id),
        'contribution',
        id,
        'test-moderator',
        'hide',
        'published',
        'hidden',
        'spam',
        '',
        String(log[1].at),
      ],
    ]);
    const { count } =
      (await kit.db.prepare('SELECT count(*) AS count FROM audit_log').first<{ count: number }>()) ?? {};
    assert.equal(rows.length, count);
    const ids = rows.map((row) => Number(row[0]));
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => a - b),
    );
  });
});

describe('POST /admin/erasures', () => {
  test("anonymises a person's published contributions, deletes their pending ones with their reports, logs each", async () => {
    const participant = await testParticipant('site-a', 'erin');
    const someoneElse = await testParticipant('site-b', 'erin');
    const mine = {
      published: await seedContribution(kit.db, {
        participant,
        status: 'published',
        text: 'Texte publié qui reste, anonymisé : consentement donné.',
      }),
      pending: await seedContribution(kit.db, { participant, status: 'pending' }),
      rejected: await seedContribution(kit.db, { participant, status: 'rejected' }),
      hidden: await seedContribution(kit.db, { participant, status: 'hidden', anonymous: true }),
    };
    await seedReport(kit.db, mine.pending, { reason: 'spam' });
    await seedReport(kit.db, mine.published, { reason: 'off_topic' });
    const theirs = await seedContribution(kit.db, { participant: someoneElse, status: 'published' });
    const before = await moderationState(kit.db);

    const response = await kit.request('/api/v1/admin/erasures', {
      method: 'POST',
      json: { site: 'site-a', subject: 'erin' },
      ...ADMIN,
    });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      contributions: 4,
      registrations: 0,
      publications: 0,
      supports: 0,
      messages: 0,
    });

    const row = (id: string) => kit.db.prepare('SELECT * FROM contributions WHERE id = ?1').bind(id).first();
    assert.equal(await row(mine.pending), null);
    for (const [status, id] of Object.entries(mine).filter(([status]) => status !== 'pending')) {
      const stored = await row(id);
      assert.equal(stored?.status, status);
      assert.equal(stored?.email, null);
      assert.equal(stored?.display_name, null);
      assert.equal(stored?.anonymous, 1);
    }
    assert.equal(
      (await row(mine.published))?.body,
      'Texte publié qui reste, anonymisé : consentement donné.',
    );
    assert.deepEqual(
      await row(theirs),
      before.contributions.find((stored) => stored.id === theirs),
    );

    const after = await moderationState(kit.db);
    assert.equal(after.reports.length, before.reports.length - 1);
    assert.ok(!after.reports.some((report) => report.contribution_id === mine.pending));
    for (const [status, id] of Object.entries(mine)) {
      const [entry, ...more] = await logOf(kit.db, id);
      assert.deepEqual(more, []);
      assert.deepEqual(
        [entry.actor, entry.action, entry.from_status, entry.to_status, entry.reason_code],
        ['test-admin', 'erase', status, status, status === 'pending' ? 'deleted' : 'anonymised'],
      );
    }
    assert.deepEqual(await logOf(kit.db, theirs), []);
  });

  test('an anonymous visitor is erased with the site "anon" and the id their browser kept', async () => {
    const uuid = crypto.randomUUID();
    const id = await seedContribution(kit.db, {
      participant: await testParticipant('anon', uuid),
      status: 'published',
    });
    const response = await kit.request('/api/v1/admin/erasures', {
      method: 'POST',
      json: { site: 'anon', subject: uuid },
      ...ADMIN,
    });
    assert.deepEqual(await response.json(), {
      contributions: 1,
      registrations: 0,
      publications: 0,
      supports: 0,
      messages: 0,
    });
    assert.equal((await logOf(kit.db, id)).length, 1);
  });

  test('an anonymous id is found however it was sent and however it is typed', async () => {
    const erase = (json: unknown) =>
      kit.request('/api/v1/admin/erasures', { method: 'POST', json, ...ADMIN });
    const typings: ((uuid: string) => string)[] = [
      (uuid) => uuid,
      (uuid) => uuid.toUpperCase(),
      (uuid) => `  ${uuid.toUpperCase()}\t`,
      (uuid) => uuid.replace(/[a-f]/, (letter) => letter.toUpperCase()),
    ];
    for (const typed of typings) {
      const uuid = crypto.randomUUID();
      // The widget sent it in capitals: the API took it as the same visitor as in lower case.
      const { id } = await submitted(kit, contributionInput(), {
        anonymousId: uuid.toUpperCase(),
        ip: uniqueIp(),
      });
      const response = await erase({ site: 'anon', subject: typed(uuid) });
      assert.deepEqual(
        await response.json(),
        { contributions: 1, registrations: 0, publications: 0, supports: 0, messages: 0 },
        typed(uuid),
      );
      assert.equal((await logOf(kit.db, id)).length, 1);
    }
  });

  test('a host site’s subject is taken as typed (a token’s sub is case-sensitive); an anonymous one must be a uuid', async () => {
    const participant = await testParticipant('site-a', 'Erin-Case');
    await seedContribution(kit.db, { participant, status: 'pending' });
    const before = await moderationState(kit.db);
    const other = await kit.request('/api/v1/admin/erasures', {
      method: 'POST',
      json: { site: 'site-a', subject: 'erin-case' },
      ...ADMIN,
    });
    assert.deepEqual(await other.json(), {
      contributions: 0,
      registrations: 0,
      publications: 0,
      supports: 0,
      messages: 0,
    });
    assert.deepEqual(await moderationState(kit.db), before);

    await expectUnchanged(
      kit,
      () =>
        kit.request('/api/v1/admin/erasures', {
          method: 'POST',
          json: { site: 'anon', subject: 'not-a-uuid' },
          ...ADMIN,
        }),
      400,
      'validation_failed',
    );
  });

  test('someone without contributions: 0, nothing written; invalid input: 400, nothing written', async () => {
    const before = await moderationState(kit.db);
    const response = await kit.request('/api/v1/admin/erasures', {
      method: 'POST',
      json: { site: 'site-a', subject: 'nobody-here' },
      ...ADMIN,
    });
    assert.deepEqual(await response.json(), {
      contributions: 0,
      registrations: 0,
      publications: 0,
      supports: 0,
      messages: 0,
    });
    assert.deepEqual(await moderationState(kit.db), before);
    for (const json of [
      {},
      { site: 'site-a' },
      { site: '', subject: 'x' },
      { site: 'site-a', subject: 'x'.repeat(257) },
    ]) {
      await expectUnchanged(
        kit,
        () => kit.request('/api/v1/admin/erasures', { method: 'POST', json, ...ADMIN }),
        400,
        'validation_failed',
      );
    }
  });
});
