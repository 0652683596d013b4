/**
 * POST /api/v1/contributions: the receipt, what is stored, moderation
 * policy, idempotency, validation, audiences, honeypot and rate limit.
 * Turnstile is off here (no site key); see contributions-turnstile.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { ContributionList, ContributionReceipt, TEXT_MAX, TITLE_MAX } from '../../schema/contributions.ts';
import { REFERENCE_PATTERN } from '../identity/reference.ts';
import {
  authorToken,
  contributionInput,
  contributionTotals,
  createTheme,
  expectUnchanged,
  SITEVERIFY_STUB_URL,
  type SiteverifyStub,
  stubSiteverify,
  submit,
  submitted,
} from '../test/contributions.ts';
import { type Kit, mintToken, startKit, uniqueIp } from '../test/harness.ts';

let kit: Kit;
let siteverify: SiteverifyStub;
before(async () => {
  // Turnstile is off (no site key): the stub only proves that nobody asks it.
  siteverify = stubSiteverify();
  kit = await startKit({ vars: { TURNSTILE_VERIFY_URL: SITEVERIFY_STUB_URL } });
});
after(async () => {
  await kit.close();
  siteverify.restore();
  assert.equal(siteverify.calls.length, 0, 'Turnstile is off by default');
});

interface StoredRow {
  id: string;
  theme: string;
  participant: string;
  idempotency_key: string;
  status: string;
  title: string;
  body: string;
  role: string;
  territory: string;
  display_name: string | null;
  anonymous: number;
  email: string | null;
  consent_at: string;
  submitted_at: string;
  published_at: string | null;
  updated_at: string;
  report_count: number;
  self_declared: number;
}

async function stored(id: string): Promise<StoredRow> {
  const row = await kit.db
    .prepare(
      'SELECT c.*, t.slug AS theme FROM contributions c JOIN themes t ON t.id = c.theme_id WHERE c.id = ?1',
    )
    .bind(id)
    .first<StoredRow>();
  assert.ok(row, `contribution ${id} is stored`);
  return row;
}

async function listed(theme: string): Promise<ContributionList> {
  const response = await kit.request(`/api/v1/contributions?theme=${theme}&limit=50`);
  assert.equal(response.status, 200);
  return v.parse(ContributionList, await response.json());
}

const anonymous = () => ({ anonymousId: crypto.randomUUID(), ip: uniqueIp() });

describe('POST /api/v1/contributions: receipt and storage', () => {
  test('a signed-in participant’s contribution waits for moderation: 202 and a quotable receipt', async () => {
    const started = new Date().toISOString();
    const response = await submit(kit, contributionInput({ email: 'camille@example.org' }), {
      token: await authorToken({ sub: 'camille' }),
    });
    assert.equal(response.status, 202);
    const receipt = v.parse(ContributionReceipt, await response.json());
    assert.match(receipt.id, REFERENCE_PATTERN);
    assert.deepEqual(receipt, { id: receipt.id, status: 'pending', theme: 'modele-economique' });

    const row = await stored(receipt.id);
    assert.equal(row.status, 'pending');
    assert.equal(row.theme, 'modele-economique');
    assert.equal(row.title, 'Une contribution modulée');
    assert.equal(row.body, contributionInput().text);
    assert.equal(row.role, 'freelancer');
    assert.equal(row.territory, 'wallonie');
    assert.equal(row.display_name, 'Camille');
    assert.equal(row.anonymous, 0);
    assert.equal(row.email, 'camille@example.org');
    assert.ok(row.submitted_at >= started);
    assert.equal(row.consent_at, row.submitted_at);
    assert.equal(row.updated_at, row.submitted_at);
    assert.equal(row.published_at, null);
    assert.equal(row.report_count, 0);
    assert.match(row.participant, /^[A-Za-z0-9_-]{43}$/, 'a keyed hash, not the subject');
    assert.notEqual(row.participant, 'camille');
  });

  test('“post_members”: a member’s contribution is published at once, everyone else’s waits', async () => {
    const theme = await createTheme(kit.db, { moderation: 'post_members' });
    const member = await submitted(kit, contributionInput({ theme: theme.slug }), {
      token: await authorToken({ member: true, roles: ['member', 'freelancer'] }),
    });
    assert.equal(member.status, 'published');
    const row = await stored(member.id);
    assert.equal(row.status, 'published');
    assert.equal(row.published_at, row.submitted_at);

    const nonMember = await submitted(kit, contributionInput({ theme: theme.slug }), {
      token: await authorToken(),
    });
    const visitor = await submitted(kit, contributionInput({ theme: theme.slug }), anonymous());
    assert.equal(nonMember.status, 'pending');
    assert.equal(visitor.status, 'pending');
    assert.deepEqual(
      (await listed(theme.slug)).contributions.map((contribution) => contribution.id),
      [member.id],
    );

    const pre = await submitted(kit, contributionInput(), { token: await authorToken({ member: true }) });
    assert.equal(pre.status, 'pending', '“pre” themes publish nothing before approval, even for members');
  });

  test('publishing anonymously stores no name; an empty e-mail is stored as null and no e-mail is ever listed', async () => {
    const theme = await createTheme(kit.db, { moderation: 'post_members' });
    const token = await authorToken({ member: true });
    const hidden = await submitted(
      kit,
      contributionInput({ theme: theme.slug, anonymous: true, displayName: 'Alex', email: '' }),
      { token },
    );
    const row = await stored(hidden.id);
    assert.equal(row.display_name, null);
    assert.equal(row.anonymous, 1);
    assert.equal(row.email, null);

    const named = await submitted(
      kit,
      contributionInput({ theme: theme.slug, email: 'secret-address@example.org' }),
      { token },
    );
    assert.equal((await stored(named.id)).email, 'secret-address@example.org');
    const response = await kit.request(`/api/v1/contributions?theme=${theme.slug}`);
    const text = await response.text();
    assert.doesNotMatch(text, /secret-address|email/i);
    const { contributions } = v.parse(ContributionList, JSON.parse(text));
    assert.deepEqual(
      contributions.map((contribution) => contribution.author),
      ['Camille', null],
    );
  });

  test('an anonymous visitor (no token) may write on a public theme; no Turnstile without a site key', async () => {
    const receipt = await submitted(
      kit,
      contributionInput({ anonymous: true, displayName: undefined }),
      anonymous(),
    );
    assert.equal(receipt.status, 'pending');
    const row = await stored(receipt.id);
    assert.equal(row.anonymous, 1);
    assert.equal(row.display_name, null);
  });

  test('HTML and <script> are stored and returned verbatim, as JSON text', async () => {
    const theme = await createTheme(kit.db, { moderation: 'post_members' });
    const markup = {
      title: '<b>Gras</b> & "guillemets" <script>alert(1)</script>',
      text: `<p onclick="alert('x')">Paragraphe</p>\n\n<script>document.cookie</script> &amp; ${'x'.repeat(40)}`,
      displayName: '<img src=x onerror=alert(1)>',
    };
    const receipt = await submitted(kit, contributionInput({ theme: theme.slug, ...markup }), {
      token: await authorToken({ member: true, name: markup.displayName }),
    });
    const row = await stored(receipt.id);
    assert.deepEqual(
      { title: row.title, text: row.body, displayName: row.display_name },
      markup,
      'stored as submitted',
    );
    const response = await kit.request(`/api/v1/contributions?theme=${theme.slug}`);
    assert.match(response.headers.get('Content-Type') ?? '', /^application\/json/);
    const [listedOne] = v.parse(ContributionList, await response.json()).contributions;
    assert.deepEqual(
      { title: listedOne.title, text: listedOne.text, displayName: listedOne.author },
      markup,
      'returned as submitted',
    );
  });
});

describe('POST /api/v1/contributions: the author is who the token says', () => {
  test('a signed-in author publishing under another name, or with a role the token does not give: 422, nothing stored', async () => {
    const theme = await createTheme(kit.db, { moderation: 'post_members' });
    const token = await mintToken({ name: 'Chloé Martin', roles: ['staff', 'member'], member: true });
    for (const [body, path] of [
      [{ displayName: 'Amélie Dubois', role: 'staff' }, 'displayName'],
      [{ displayName: 'Chloé Martin', role: 'freelancer' }, 'role'],
    ] as const) {
      const problem = await expectUnchanged(
        kit,
        async () => submit(kit, contributionInput({ theme: theme.slug, ...body }), { token }),
        422,
        'author_mismatch',
      );
      assert.deepEqual(
        problem.issues?.map((issue) => issue.path),
        [path],
      );
    }
    assert.deepEqual(
      (await listed(theme.slug)).contributions,
      [],
      'nothing was published under a borrowed name',
    );
  });

  test('a token without a name publishes anonymously only', async () => {
    const token = await mintToken({ roles: ['freelancer'] });
    await expectUnchanged(
      kit,
      async () => submit(kit, contributionInput(), { token }),
      422,
      'author_mismatch',
    );
    const receipt = await submitted(kit, contributionInput({ anonymous: true, displayName: undefined }), {
      token,
    });
    assert.equal((await stored(receipt.id)).display_name, null);
  });

  test('the token’s name and role are stored as vouched for; anonymous visitors’ role and territory as self-declared', async () => {
    const theme = await createTheme(kit.db, { moderation: 'post_members' });
    const member = await submitted(kit, contributionInput({ theme: theme.slug, role: 'member' }), {
      token: await authorToken({ member: true, roles: ['freelancer', 'member'] }),
    });
    assert.equal((await stored(member.id)).self_declared, 0);
    const visitor = await submitted(
      kit,
      contributionInput({ theme: theme.slug, role: 'member', anonymous: true, displayName: undefined }),
      anonymous(),
    );
    assert.equal((await stored(visitor.id)).self_declared, 1);
    const noRoles = await submitted(kit, contributionInput({ theme: theme.slug }), {
      token: await authorToken({ roles: [] }),
    });
    assert.equal((await stored(noRoles.id)).self_declared, 1, 'a token without roles vouches for none');
    const [shown] = (await listed(theme.slug)).contributions;
    assert.deepEqual(
      { id: shown.id, role: shown.role, selfDeclared: shown.selfDeclared },
      {
        id: member.id,
        role: 'member',
        selfDeclared: false,
      },
    );
  });
});

describe('POST /api/v1/contributions: idempotency', () => {
  test('the same key by the same participant gets the same receipt and writes nothing more', async () => {
    const token = await authorToken();
    const key = crypto.randomUUID();
    const first = await submitted(kit, contributionInput(), { token, key });
    const totals = await contributionTotals(kit.db);
    assert.deepEqual(await submitted(kit, contributionInput(), { token, key }), first);
    assert.deepEqual(
      await submitted(kit, contributionInput(), { token, key: key.toUpperCase() }),
      first,
      'uuids are compared without case',
    );
    assert.deepEqual(await contributionTotals(kit.db), totals);

    const other = await submitted(kit, contributionInput(), { token });
    assert.notEqual(other.id, first.id, 'a new key is a new contribution');
    const someoneElse = await submitted(kit, contributionInput(), { token: await authorToken(), key });
    assert.notEqual(someoneElse.id, first.id, 'keys belong to one participant');
  });

  test('a published receipt stays published on replay', async () => {
    const theme = await createTheme(kit.db, { moderation: 'post_members' });
    const options = { token: await authorToken({ member: true }), key: crypto.randomUUID() };
    const first = await submitted(kit, contributionInput({ theme: theme.slug }), options);
    assert.equal(first.status, 'published');
    assert.deepEqual(await submitted(kit, contributionInput({ theme: theme.slug }), options), first);
  });

  test('10 concurrent identical requests store one contribution and all get its receipt', async () => {
    const token = await authorToken();
    const key = crypto.randomUUID();
    const before = await contributionTotals(kit.db);
    const receipts = await Promise.all(
      Array.from({ length: 10 }, () => submitted(kit, contributionInput(), { token, key })),
    );
    assert.equal(new Set(receipts.map((receipt) => receipt.id)).size, 1);
    assert.equal((await contributionTotals(kit.db)).contributions, before.contributions + 1);
  });

  test('the same for an anonymous visitor', async () => {
    const who = { ...anonymous(), key: crypto.randomUUID() };
    const before = await contributionTotals(kit.db);
    const receipts = await Promise.all(
      Array.from({ length: 10 }, () => submitted(kit, contributionInput(), who)),
    );
    assert.equal(new Set(receipts.map((receipt) => receipt.id)).size, 1);
    assert.equal((await contributionTotals(kit.db)).contributions, before.contributions + 1);
  });

  test('the same key for another request: 422 idempotency_key_reused, and the first text stays', async () => {
    const token = await authorToken();
    const key = crypto.randomUUID();
    const first = await submitted(kit, contributionInput(), { token, key });
    for (const change of [
      { text: `${contributionInput().text} Et une phrase de plus.` },
      { title: 'Un autre titre' },
      { theme: 'entreprise-partagee' },
      { email: 'camille@example.org' },
      { anonymous: true },
    ]) {
      const problem = await expectUnchanged(
        kit,
        () => submit(kit, contributionInput(change), { token, key }),
        422,
        'idempotency_key_reused',
      );
      assert.match(String(problem.detail), new RegExp(first.id), Object.keys(change)[0]);
    }
    assert.equal((await stored(first.id)).body, contributionInput().text);
  });

  test('the same request is the same whatever its key order, spacing or Turnstile token', async () => {
    const token = await authorToken();
    const key = crypto.randomUUID();
    const first = await submitted(kit, contributionInput({ turnstileToken: 'first-token' }), { token, key });
    const { title, text, ...rest } = contributionInput();
    const reordered = {
      ...rest,
      text: `  ${text}\n`,
      title,
      turnstileToken: 'a-fresh-token',
      anonymous: false,
    };
    assert.deepEqual(await submitted(kit, reordered, { token, key }), first);
  });

  test('two different requests at once under one key: one is stored, the other refused', async () => {
    const token = await authorToken();
    for (let round = 0; round < 5; round++) {
      const key = crypto.randomUUID();
      const before = await contributionTotals(kit.db);
      const texts = ['A', 'B'].map((name) => `${contributionInput().text} Version ${name}.`);
      const responses = await Promise.all(
        texts.map((text) => submit(kit, contributionInput({ text }), { token, key })),
      );
      assert.deepEqual(responses.map((response) => response.status).sort(), [202, 422], `round ${round}`);
      const winner = responses.findIndex((response) => response.status === 202);
      const receipt = v.parse(ContributionReceipt, await responses[winner].json());
      assert.equal((await stored(receipt.id)).body, texts[winner]);
      assert.equal((await contributionTotals(kit.db)).contributions, before.contributions + 1);
    }
  });

  test('a contribution stored before request hashes were kept replays as before', async () => {
    const token = await authorToken();
    const key = crypto.randomUUID();
    const first = await submitted(kit, contributionInput(), { token, key });
    await kit.db.prepare('UPDATE contributions SET request_hash = NULL WHERE id = ?1').bind(first.id).run();
    assert.deepEqual(
      await submitted(kit, contributionInput({ title: 'Autre titre' }), { token, key }),
      first,
    );
  });

  test('a missing or malformed Idempotency-Key: 400 idempotency_key_required', async () => {
    const token = await authorToken();
    for (const key of [null, '', 'not-a-uuid', '12345']) {
      await expectUnchanged(
        kit,
        () => submit(kit, contributionInput(), { token, key }),
        400,
        'idempotency_key_required',
      );
    }
  });
});

describe('POST /api/v1/contributions: validation', () => {
  const invalid: [string, Record<string, unknown>, string][] = [
    ['an empty title', { title: '' }, 'title'],
    ['a title of blanks', { title: '         ' }, 'title'],
    ['a short title', { title: 'abcd' }, 'title'],
    ['a long title', { title: 'x'.repeat(TITLE_MAX + 1) }, 'title'],
    ['an empty text', { text: '' }, 'text'],
    ['a short text', { text: 'x'.repeat(49) }, 'text'],
    ['a long text', { text: 'x'.repeat(TEXT_MAX + 1) }, 'text'],
    ['a bad e-mail', { email: 'camille@' }, 'email'],
    ['a long e-mail', { email: `${'c'.repeat(250)}@example.org` }, 'email'],
    ['no consent', { consent: undefined }, 'consent'],
    ['consent refused', { consent: false }, 'consent'],
    ['an unknown role', { role: 'boss' }, 'role'],
    ['a malformed territory', { territory: 'Île de France' }, 'territory'],
    ['a malformed theme', { theme: 'X' }, 'theme'],
    ['no display name when signed', { displayName: undefined }, 'displayName'],
    ['a blank display name', { displayName: '   ' }, 'displayName'],
    ['a long display name', { displayName: 'x'.repeat(81) }, 'displayName'],
    ['a non-boolean anonymous', { anonymous: 'yes' }, 'anonymous'],
    ['a non-string website', { website: 1 }, 'website'],
  ];
  for (const [name, fields, path] of invalid) {
    test(`${name}: 400 validation_failed on ${path}, nothing stored`, async () => {
      const problem = await expectUnchanged(
        kit,
        () => submit(kit, contributionInput(fields), anonymous()),
        400,
        'validation_failed',
      );
      assert.ok(
        problem.issues?.some((issue) => issue.path === path),
        `an issue on ${path}: ${JSON.stringify(problem.issues)}`,
      );
    });
  }

  test('unknown theme: 404 theme_not_found; unknown territory: 422 territory_not_found', async () => {
    const token = await authorToken();
    await expectUnchanged(
      kit,
      () => submit(kit, contributionInput({ theme: 'no-such-theme' }), { token }),
      404,
      'theme_not_found',
    );
    await expectUnchanged(
      kit,
      () => submit(kit, contributionInput({ territory: 'atlantide' }), { token }),
      422,
      'territory_not_found',
    );
  });

  test('a body that is not JSON, or not sent as JSON: 400 invalid_json, 415 unsupported_media_type', async () => {
    const token = await authorToken();
    await expectUnchanged(
      kit,
      () =>
        submit(kit, undefined, {
          token,
          body: '{"title":',
          headers: { 'Content-Type': 'application/json' },
        }),
      400,
      'invalid_json',
    );
    await expectUnchanged(
      kit,
      () =>
        submit(kit, undefined, {
          token,
          body: JSON.stringify(contributionInput()),
          headers: { 'Content-Type': 'text/plain' },
        }),
      415,
      'unsupported_media_type',
    );
  });
});

describe('POST /api/v1/contributions: audiences', () => {
  test('“participants” themes: anonymous 401 sign_in_required, signed-in 202', async () => {
    const theme = await createTheme(kit.db, { audience: 'participants' });
    const body = contributionInput({ theme: theme.slug });
    await expectUnchanged(kit, () => submit(kit, body, anonymous()), 401, 'sign_in_required');
    await expectUnchanged(kit, () => submit(kit, body, { ip: uniqueIp() }), 401, 'sign_in_required');
    assert.equal((await submitted(kit, body, { token: await authorToken() })).status, 'pending');
  });

  test('“members” themes: anonymous 401, non-member 403 members_only, member 202', async () => {
    const theme = await createTheme(kit.db, { audience: 'members' });
    const body = contributionInput({ theme: theme.slug });
    await expectUnchanged(kit, () => submit(kit, body, anonymous()), 401, 'sign_in_required');
    await expectUnchanged(
      kit,
      async () =>
        submit(kit, body, { token: await authorToken({ member: false, roles: ['client', 'freelancer'] }) }),
      403,
      'members_only',
    );
    assert.equal(
      (await submitted(kit, body, { token: await authorToken({ member: true }) })).status,
      'pending',
    );
  });

  test('public themes: without a token nor a Sip-Participant, 400 validation_failed', async () => {
    const problem = await expectUnchanged(
      kit,
      () => submit(kit, contributionInput(), { ip: uniqueIp() }),
      400,
      'validation_failed',
    );
    assert.deepEqual(
      problem.issues?.map((issue) => issue.path),
      ['Sip-Participant'],
    );
  });
});

describe('POST /api/v1/contributions: abuse', () => {
  test('honeypot: a filled `website` gets a plausible 202 receipt and nothing is stored', async () => {
    for (const options of [anonymous(), { token: await authorToken() }]) {
      const before = await contributionTotals(kit.db);
      const response = await submit(kit, contributionInput({ website: 'https://spam.example' }), options);
      assert.equal(response.status, 202);
      const receipt = v.parse(ContributionReceipt, await response.json());
      assert.match(receipt.id, REFERENCE_PATTERN);
      assert.equal(receipt.status, 'pending');
      assert.equal(receipt.theme, 'modele-economique');
      assert.deepEqual(await contributionTotals(kit.db), before);
    }
  });

  test('anonymous submissions are rate-limited per address (429 rate_limited); signed-in ones are not', async () => {
    const ip = uniqueIp();
    // 20 per minute per address in wrangler.toml; the limit counts every anonymous request, accepted or not.
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        submit(kit, contributionInput(), { anonymousId: crypto.randomUUID(), ip }),
      ),
    );
    for (const response of responses) {
      assert.equal(response.status, 202);
      await response.arrayBuffer();
    }
    const limited = await expectUnchanged(
      kit,
      () => submit(kit, contributionInput(), { anonymousId: crypto.randomUUID(), ip }),
      429,
      'rate_limited',
    );
    assert.ok(limited.detail);
    assert.equal(
      (await submitted(kit, contributionInput(), { token: await authorToken(), ip })).status,
      'pending',
    );
  });
});
