/**
 * Supporters and source authors who left an e-mail are told when a
 * recommendation moves or the board answers: the messages are written in
 * the change's own transaction (one per person per change, none for a
 * refused change or a person without an address), in their language, then
 * delivered through the Worker's `send_email` binding (simulated by the
 * local runtime); the HTML is read back with parse5.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'parse5';
import {
  elements,
  eventually,
  MAIL_VARS,
  outboxRows,
  type SentEmail,
  sentEmails,
  textOf,
  uniqueAddress,
} from '../outbox/test-helpers.ts';
import { ADMIN, type Kit, mintToken, startKit, TEST_VARS } from '../test/harness.ts';
import { seedContribution, testParticipant } from '../test/moderation.ts';
import { ANSWER, createDraft, move, recommendationIn, support } from './test-helpers.ts';

// The simulated binding logs every message it gets at info level: keep the test output to warnings.
process.env.WRANGLER_LOG ??= 'warn';

/** Sending on: messages go out through the binding after the request. */
let kit: Kit;
/** Sending off (no MAIL_FROM): what a change enqueued stays in the outbox to be read. */
let quiet: Kit;
before(async () => {
  [kit, quiet] = await Promise.all([startKit({ vars: MAIL_VARS }), startKit()]);
});
after(() => Promise.all([kit.close(), quiet.close()]));

/** The messages about one recommendation (their cause names its id). */
async function messagesAbout(on: Kit, slug: string) {
  const row = await on.db
    .prepare('SELECT id FROM recommendations WHERE slug = ?1')
    .bind(slug)
    .first<{ id: number }>();
  assert.ok(row);
  const rows = await outboxRows(on.db, 'recommendation-');
  const history = await on.db
    .prepare('SELECT id FROM recommendation_status_changes WHERE recommendation_id = ?1')
    .bind(row.id)
    .all<{ id: number }>();
  const moves = new Set(history.results.map((change) => `recommendation-status:${change.id}:`));
  return rows.filter(
    (message) =>
      [...moves].some((prefix) => message.dedupe_key.startsWith(prefix)) ||
      message.dedupe_key.startsWith(`recommendation-answer:${row.id}:`),
  );
}

/**
 * A submitted recommendation with: a supporter who left an address (Dutch),
 * one who did not, the author of a published source contribution (English)
 * who left one, an author who also supports it, and the author of a source
 * hidden since.
 */
async function followed(on: Kit) {
  const addresses = {
    supporter: uniqueAddress('sup'),
    author: uniqueAddress('aut'),
    both: uniqueAddress('both'),
    hidden: uniqueAddress('hid'),
  };
  const authored = await seedContribution(on.db, {
    status: 'published',
    email: addresses.author,
    title: 'Ma contribution',
  });
  await on.db.prepare("UPDATE contributions SET language = 'en' WHERE id = ?1").bind(authored).run();
  const bothSubject = `both-${crypto.randomUUID()}`;
  const both = await seedContribution(on.db, {
    status: 'published',
    email: addresses.both,
    participant: await testParticipant('site-a', bothSubject),
  });
  const hidden = await seedContribution(on.db, { status: 'published', email: addresses.hidden });
  const slug = await createDraft(on, {
    sources: [
      { kind: 'contribution', ref: authored },
      { kind: 'contribution', ref: both },
      { kind: 'contribution', ref: hidden },
    ],
  });
  await on.db.prepare("UPDATE contributions SET status = 'hidden' WHERE id = ?1").bind(hidden).run();
  assert.equal((await move(on, slug, { to: 'submitted' })).status, 200);
  const supported = async (options: Parameters<typeof support>[2], body: Record<string, unknown>) =>
    assert.equal((await support(on, slug, options, body)).status, 201);
  await supported({ token: await mintToken() }, { email: addresses.supporter, language: 'nl' });
  await supported({ token: await mintToken() }, {});
  await supported(
    { token: await mintToken({ sub: bothSubject }) },
    { email: addresses.both, language: 'fr' },
  );
  return { slug, addresses, authored };
}

describe('a change enqueues its messages in the same transaction', () => {
  test('a move: one message per person with an address, in their language, none for the others', async () => {
    const { slug, addresses, authored } = await followed(quiet);
    const before = await messagesAbout(quiet, slug);
    // The submission told the authors of its public sources (not the hidden one's).
    assert.deepEqual(
      before.map((message) => message.recipient).sort(),
      [addresses.author, addresses.both].sort(),
    );
    assert.equal(
      (await move(quiet, slug, { to: 'under_review', reason: { fr: 'Au programme du CA.' } })).status,
      200,
    );
    const after = (await messagesAbout(quiet, slug)).filter(
      (message) => !before.some((earlier) => earlier.id === message.id),
    );
    assert.deepEqual(
      after.map((message) => [message.recipient, message.language, message.kind]).sort(),
      [
        [addresses.author, 'en', 'recommendation_status_changed'],
        [addresses.both, 'fr', 'recommendation_status_changed'],
        [addresses.supporter, 'nl', 'recommendation_status_changed'],
      ].sort(),
    );
    const data = (to: string) => JSON.parse(after.find((message) => message.recipient === to)?.data ?? '{}');
    assert.deepEqual(data(addresses.supporter).why, { as: 'supporter' });
    assert.deepEqual(
      data(addresses.both).why,
      { as: 'supporter' },
      'a supporting author is told once, as a supporter',
    );
    assert.deepEqual(data(addresses.author).why, {
      as: 'author',
      contribution: authored,
      contributionTitle: 'Ma contribution',
    });
    const message = data(addresses.supporter);
    assert.equal(message.status, 'under_review');
    assert.equal(message.by, 'board');
    assert.deepEqual(message.reason, { fr: 'Au programme du CA.' });
    assert.equal(message.answer, null);
    assert.equal(message.pageUrl, TEST_VARS.RECOMMENDATION_PAGE_URL.replace('{slug}', slug));
    assert.ok(after.every((row) => row.status === 'pending' && row.participant));
  });

  test('a decision with its answer: one message each, the answer in it; a later answer: one more each', async () => {
    const { slug, addresses } = await followed(quiet);
    const count = async () => (await messagesAbout(quiet, slug)).length;
    const before = await count();
    assert.equal(
      (await move(quiet, slug, { to: 'adopted', answer: { ...ANSWER, reviewOn: '2027-04-01' } })).status,
      200,
    );
    const decided = await messagesAbout(quiet, slug);
    assert.equal(decided.length - before, 3);
    const latest = decided.at(-1);
    assert.equal(latest?.kind, 'recommendation_status_changed');
    assert.deepEqual(JSON.parse(latest?.data ?? '{}').answer, {
      version: 1,
      text: ANSWER.text,
      reviewOn: '2027-04-01',
    });
    const revised = await quiet.request(`/api/v1/admin/recommendations/${slug}/answers`, {
      method: 'POST',
      ...ADMIN,
      json: { text: { fr: 'Révisée.' } },
    });
    assert.equal(revised.status, 201);
    const answered = (await messagesAbout(quiet, slug)).slice(decided.length);
    assert.deepEqual(
      answered.map((message) => message.kind),
      ['recommendation_answered', 'recommendation_answered', 'recommendation_answered'],
    );
    assert.ok(answered.some((message) => message.recipient === addresses.supporter));
    assert.equal(JSON.parse(answered[0].data).answer.version, 2);
  });

  test('a refused move enqueues nothing; of moves that race, only the one that applied tells anyone', async () => {
    const { slug } = await followed(quiet);
    const before = (await messagesAbout(quiet, slug)).length;
    assert.equal((await move(quiet, slug, { to: 'implemented' })).status, 409);
    assert.equal((await move(quiet, slug, { to: 'adopted' })).status, 422);
    assert.equal((await messagesAbout(quiet, slug)).length, before);
    const into = (await recommendationIn(quiet, 'submitted')).slug;
    const responses = await Promise.all([
      ...Array.from({ length: 4 }, () => move(quiet, slug, { to: 'withdrawn' })),
      ...Array.from({ length: 4 }, () => move(quiet, slug, { to: 'merged', into })),
    ]);
    assert.equal(responses.filter((response) => response.status === 200).length, 1);
    await Promise.all(responses.map((response) => response.arrayBuffer()));
    assert.equal((await messagesAbout(quiet, slug)).length - before, 3, 'one move, three people');
  });
});

describe('the messages are delivered', () => {
  test('through the binding after the request, in each person’s language, the hostile title as text', async () => {
    const addresses = { nl: uniqueAddress('nl'), en: uniqueAddress('en') };
    const { slug } = await recommendationIn(kit, 'submitted', {
      title: { fr: 'Des <b>outils</b> & "partagés"', nl: 'Gedeelde <i>tools</i>' },
    });
    await support(kit, slug, { token: await mintToken() }, { email: addresses.nl, language: 'nl' });
    await support(kit, slug, { token: await mintToken() }, { email: addresses.en, language: 'en' });
    assert.equal(
      (
        await move(kit, slug, {
          to: 'partially_adopted',
          answer: { text: { fr: 'En partie.', en: 'In part.' }, reviewOn: '2027-03-31' },
        })
      ).status,
      200,
    );
    const delivered = async (to: string): Promise<SentEmail> => {
      const [email, ...more] = await eventually(async () => {
        const emails = await sentEmails(kit, to);
        return emails.length ? emails : undefined;
      });
      assert.deepEqual(more, [], 'one message');
      return email;
    };
    const dutch = await delivered(addresses.nl);
    assert.equal(dutch.subject, '„Gedeelde <i>tools</i>”: Gedeeltelijk aangenomen');
    const html = parse(dutch.html ?? '');
    const text = textOf(html);
    assert.match(
      text,
      /De aanbeveling „Gedeelde <i>tools<\/i>” is nu: Gedeeltelijk aangenomen \(beslissing van de raad van bestuur\)\./,
    );
    assert.match(text, /En partie\./, 'the answer in the language it was given in when not in Dutch');
    assert.match(text, /Herbekeken op/);
    assert.ok(!elements(html).some((element) => element.tagName === 'i'), 'the title is text, not markup');
    const link = elements(html).find(
      (element) => element.tagName === 'a' && textOf(element).includes('De aanbeveling lezen'),
    );
    assert.ok(link, 'a link to the page (https)');
    const english = await delivered(addresses.en);
    assert.equal(english.subject, '“Des <b>outils</b> & "partagés"”: Partially adopted');
    assert.match(english.text ?? '', /In part\./);
    assert.match(english.text ?? '', /because you support this recommendation/);
  });

  test('the board’s answer alone is delivered as an answer', async () => {
    const to = uniqueAddress('answer');
    const { slug } = await recommendationIn(kit, 'under_review');
    await support(kit, slug, { token: await mintToken() }, { email: to, language: 'fr' });
    const response = await kit.request(`/api/v1/admin/recommendations/${slug}/answers`, {
      method: 'POST',
      ...ADMIN,
      json: { text: { fr: 'Nous étudions la question.' } },
    });
    assert.equal(response.status, 201);
    const [email] = await eventually(async () => {
      const emails = await sentEmails(kit, to);
      return emails.length ? emails : undefined;
    });
    assert.match(email.subject, /la réponse du conseil d’administration/);
    assert.match(email.text ?? '', /Nous étudions la question\./);
  });
});

describe('drafts tell nobody', () => {
  test('an edit or a new draft enqueues nothing', async () => {
    const before = (await outboxRows(quiet.db, 'recommendation-')).length;
    const slug = await createDraft(quiet);
    await quiet.request(`/api/v1/admin/recommendations/${slug}`, {
      method: 'PATCH',
      ...ADMIN,
      json: { year: 2027 },
    });
    assert.equal((await outboxRows(quiet.db, 'recommendation-')).length, before);
  });
});
