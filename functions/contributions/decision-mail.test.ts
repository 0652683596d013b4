/**
 * An author who left an e-mail is told of the decision on their
 * contribution: the message is written in the decision's own transaction
 * (exactly one, none when the decision is refused or there is no address),
 * then delivered through the Worker's `send_email` binding (simulated by
 * the local runtime, read back from its local explorer) after the request,
 * or by the frequent cron. The HTML is read back with parse5.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'parse5';
import type { Language } from '../../schema/common.ts';
import { DAILY_CRON } from '../lib/feature.ts';
import { outboxStatement } from '../outbox/queries.ts';
import {
  attribute,
  elements,
  eventually,
  MAIL_VARS,
  outboxRows,
  type SentEmail,
  sentEmails,
  textOf,
  uniqueAddress,
} from '../outbox/test-helpers.ts';
import { contributionInput, submitted } from '../test/contributions.ts';
import { ADMIN, type Kit, type KitResponse, MODERATOR, startKit, uniqueIp } from '../test/harness.ts';
import { logOf, seedContribution, seedReport } from '../test/moderation.ts';
import { contributionPublished } from './messages.ts';

// The simulated binding logs every message it gets at info level: keep the test output to warnings.
process.env.WRANGLER_LOG ??= 'warn';

/** Sending on: messages go out through the binding after the request. */
let kit: Kit;
/** Sending off (no MAIL_FROM): what a decision enqueued stays in the outbox to be read. */
let quiet: Kit;
before(async () => {
  [kit, quiet] = await Promise.all([startKit({ vars: MAIL_VARS }), startKit()]);
});
after(() => Promise.all([kit.close(), quiet.close()]));

const FREQUENT_CRON = '*/5 * * * *';

function decide(id: string, json: unknown, on = kit): Promise<KitResponse> {
  return on.request(`/api/v1/admin/contributions/${id}/decisions`, { method: 'POST', json, ...MODERATOR });
}

async function decided(id: string, json: unknown, on = kit): Promise<void> {
  const response = await decide(id, json, on);
  assert.equal(response.status, 200, await response.clone().text());
}

/** The messages about one contribution (their cause is one of its audit lines). */
async function messagesAbout(id: string, on = kit) {
  const causes = new Set((await logOf(on.db, id)).map((line) => `contribution-decision:${line.id}`));
  return (await outboxRows(on.db, 'contribution-decision:')).filter((row) => causes.has(row.dedupe_key));
}

async function setLanguage(id: string, language: Language): Promise<void> {
  await kit.db.prepare('UPDATE contributions SET language = ?2 WHERE id = ?1').bind(id, language).run();
}

/** The one message the binding received for `to`, once the drain after the request sent it. */
async function delivered(to: string): Promise<SentEmail> {
  const [email, ...more] = await eventually(async () => {
    const emails = await sentEmails(kit, to);
    return emails.length ? emails : undefined;
  });
  assert.deepEqual(more, [], 'one message');
  return email;
}

describe('a decision enqueues its message in the same transaction', () => {
  test('publishing: exactly one message, to the address the author left, with what the template needs', async () => {
    const to = uniqueAddress();
    const participant = `participant-${crypto.randomUUID()}`;
    const id = await seedContribution(quiet.db, { email: to, participant, title: 'Des outils partagés' });
    await decided(id, { action: 'publish', note: 'Merci, très clair.' }, quiet);
    const [line] = await logOf(quiet.db, id);
    const rows = await messagesAbout(id, quiet);
    assert.equal(rows.length, 1);
    const [row] = rows;
    assert.equal(row.dedupe_key, `contribution-decision:${line.id}`);
    assert.equal(row.kind, 'contribution_published');
    assert.equal(row.language, 'fr');
    assert.equal(row.participant, participant);
    assert.equal(row.created_at, line.at);
    assert.deepEqual(JSON.parse(row.data), {
      reference: id,
      title: 'Des outils partagés',
      note: 'Merci, très clair.',
      reasonCode: null,
      withdrawn: false,
    });
  });

  test('the message and the decision stand or fall together', async () => {
    const id = await seedContribution(quiet.db, { email: uniqueAddress() });
    // Make the outbox refuse this contribution's message: the whole decision must fail with it.
    await quiet.db
      .prepare(
        `CREATE TRIGGER refuse_test_message BEFORE INSERT ON outbox
         WHEN json_extract(NEW.data, '$.reference') = '${id}'
         BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
      )
      .run();
    try {
      const before = await quiet.db.prepare('SELECT * FROM contributions WHERE id = ?1').bind(id).first();
      const response = await decide(id, { action: 'publish' }, quiet);
      assert.equal(response.status, 500);
      assert.deepEqual(
        await quiet.db.prepare('SELECT * FROM contributions WHERE id = ?1').bind(id).first(),
        before,
      );
      assert.deepEqual(await logOf(quiet.db, id), [], 'no audit line either');
    } finally {
      await quiet.db.prepare('DROP TRIGGER refuse_test_message').run();
    }
    await decided(id, { action: 'publish' }, quiet);
    assert.equal((await messagesAbout(id, quiet)).length, 1);
  });

  test('a refused decision, a repeat, or a race lost enqueues nothing', async () => {
    const id = await seedContribution(quiet.db, { email: uniqueAddress() });
    const racers = await Promise.all([
      decide(id, { action: 'publish' }, quiet),
      decide(id, { action: 'publish' }, quiet),
      decide(id, { action: 'reject', reasonCode: 'spam' }, quiet),
    ]);
    assert.deepEqual(racers.map((response) => response.status).sort(), [200, 409, 409]);
    const rows = await messagesAbout(id, quiet);
    assert.equal(rows.length, 1, 'one decision applied, one message');
    assert.equal((await logOf(quiet.db, id)).length, 1);
    assert.equal((await decide(id, { action: 'publish' }, quiet)).status, 409);
    assert.equal((await decide(id, { action: 'reject', reasonCode: 'spam' }, quiet)).status, 409);
    assert.deepEqual(await messagesAbout(id, quiet), rows);
  });

  test('no address, no message; the decision applies all the same', async () => {
    const id = await seedContribution(quiet.db, { email: null });
    const before = (await outboxRows(quiet.db)).length;
    await decided(id, { action: 'reject', reasonCode: 'off_topic', note: 'Hors sujet.' }, quiet);
    assert.equal((await outboxRows(quiet.db)).length, before);
  });

  test('told: a first publication and every rejection; not told: hiding, nor a contribution put back', async () => {
    // Hidden before it was ever published, then published: its first publication.
    const hiddenFirst = await seedContribution(quiet.db, { email: uniqueAddress() });
    await decided(hiddenFirst, { action: 'hide', reasonCode: 'other' }, quiet);
    assert.equal((await messagesAbout(hiddenFirst, quiet)).length, 0);
    await decided(hiddenFirst, { action: 'publish' }, quiet);
    assert.deepEqual(
      (await messagesAbout(hiddenFirst, quiet)).map((row) => row.kind),
      ['contribution_published'],
    );

    // Published, hidden, put back: told once, of the publication.
    const putBack = await seedContribution(quiet.db, { email: uniqueAddress() });
    await decided(putBack, { action: 'publish' }, quiet);
    await decided(putBack, { action: 'hide', reasonCode: 'offensive' }, quiet);
    await decided(putBack, { action: 'publish' }, quiet);
    assert.deepEqual(
      (await messagesAbout(putBack, quiet)).map((row) => row.kind),
      ['contribution_published'],
    );

    // Published at once (post-moderated), reported, kept after review: nothing to tell.
    const publishedAt = new Date(Date.now() - 3_600_000).toISOString();
    const kept = await seedContribution(quiet.db, {
      email: uniqueAddress(),
      status: 'reported',
      publishedAt,
    });
    await seedReport(quiet.db, kept);
    await decided(kept, { action: 'publish' }, quiet);
    assert.equal((await messagesAbout(kept, quiet)).length, 0);

    // Reported, then rejected: told it is no longer published.
    const withdrawn = await seedContribution(quiet.db, {
      email: uniqueAddress(),
      status: 'reported',
      publishedAt,
    });
    await decided(withdrawn, { action: 'reject', reasonCode: 'personal_data' }, quiet);
    const [row] = await messagesAbout(withdrawn, quiet);
    assert.equal(row.kind, 'contribution_rejected');
    assert.equal(JSON.parse(row.data).withdrawn, true);
  });
});

describe('delivered through the send_email binding', () => {
  test('after the request: in the language the author wrote in (the form sends it), then forgotten', async () => {
    const to = uniqueAddress('jan');
    const receipt = await submitted(
      kit,
      contributionInput({ email: to, language: 'nl', title: 'Gedeelde werktuigen' }),
      { anonymousId: crypto.randomUUID(), ip: uniqueIp() },
    );
    await decided(receipt.id, { action: 'publish', note: 'Dank u, heel duidelijk.' });
    const email = await delivered(to);
    assert.equal(email.from, '"Smart in Progress" <participation@smart.example>');
    assert.deepEqual(email.to, [to]);
    assert.equal(email.subject, 'Uw bijdrage „Gedeelde werktuigen” is gepubliceerd');
    const [line] = await logOf(kit.db, receipt.id);
    assert.deepEqual(email.headers, {
      'X-Sip-Message-Id': `<contribution-decision.${line.id}@smart.example>`,
      'X-Auto-Response-Suppress': 'OOF, AutoReply',
    });
    assert.equal(
      email.text,
      [
        'Uw bijdrage is gepubliceerd',
        '',
        'Bedankt! Uw bijdrage „Gedeelde werktuigen” werd nagelezen en gepubliceerd: iedereen kan ze nu lezen.',
        '',
        `Referentie: ${receipt.id}`,
        '',
        'Een woordje van de moderatoren:\n> Dank u, heel duidelijk.',
        '',
        '-- ',
        'Smart in Progress',
        `U ontvangt dit bericht omdat u dit adres achterliet bij uw bijdrage ${receipt.id}, om te horen wat ermee gebeurt. Het dient voor niets anders en wordt gewist na de aangekondigde bewaartermijn.`,
        '',
      ].join('\n'),
    );
    const html = elements(parse(email.html ?? ''));
    const root = html.find((element) => element.tagName === 'html');
    assert.equal(root && attribute(root, 'lang'), 'nl');
    const h1 = html.find((element) => element.tagName === 'h1');
    assert.equal(h1 && textOf(h1), 'Uw bijdrage is gepubliceerd');

    const [row] = await eventually(async () => {
      const rows = await messagesAbout(receipt.id);
      return rows[0]?.status === 'sent' ? rows : undefined;
    });
    assert.equal(row.recipient, null);
    assert.equal(row.data, '{}');
    assert.equal(row.attempts, 1);
    assert.ok(row.message_id, 'the Email Service’s id is kept');
  });

  const REJECTED: Record<Language, { subject: (title: string) => string; reason: string; label: string }> = {
    fr: {
      subject: (title) => `Votre contribution « ${title} » n’est pas publiée`,
      label: 'Motif',
      reason: 'elle ne porte pas sur le thème',
    },
    nl: {
      subject: (title) => `Uw bijdrage „${title}” wordt niet gepubliceerd`,
      label: 'Reden',
      reason: 'ze gaat niet over het thema',
    },
    en: {
      subject: (title) => `Your contribution “${title}” is not published`,
      label: 'Reason',
      reason: 'it is not about the theme',
    },
  };

  for (const language of ['fr', 'nl', 'en'] as const) {
    test(`a rejection in ${language}: the reason in the author's language, the note, hostile content escaped`, async () => {
      const to = uniqueAddress(language);
      const title = `<script>alert("${language}")</script> & co`;
      const note = 'Voir <b>la charte</b> & <a href="https://evil.example">ici</a>';
      const id = await seedContribution(kit.db, { email: to, title });
      await setLanguage(id, language);
      await decided(id, { action: 'reject', reasonCode: 'off_topic', note });
      const email = await delivered(to);
      const expected = REJECTED[language];
      assert.equal(email.subject, expected.subject(title));
      assert.match(email.text ?? '', new RegExp(`^${expected.label}(\u00a0)?: ${expected.reason}$`, 'm'));
      assert.match(
        email.text ?? '',
        /^> Voir <b>la charte<\/b> & <a href="https:\/\/evil.example">ici<\/a>$/m,
      );
      assert.ok(email.text?.includes(`: ${id}\n`), 'the reference');

      const html = elements(parse(email.html ?? ''));
      assert.deepEqual(
        html
          .filter((element) => ['script', 'b', 'a'].includes(element.tagName))
          .map((element) => element.tagName),
        [],
        'nothing the author or the moderator wrote became markup',
      );
      const root = html.find((element) => element.tagName === 'html');
      assert.equal(root && attribute(root, 'lang'), language);
      const title$ = html.find((element) => element.tagName === 'title');
      assert.equal(title$ && textOf(title$), expected.subject(title));
      const facts = html.find((element) => element.tagName === 'dl');
      assert.equal(facts && textOf(facts), factsText(language, id));
      const quote = html.find((element) => element.tagName === 'blockquote');
      assert.equal(quote && textOf(quote), note);
      const footer = html.find((element) => element.tagName === 'footer');
      assert.ok(footer && textOf(footer).includes(id), 'the footer says why, naming the contribution');
    });
  }

  function factsText(language: Language, id: string): string {
    const reference = { fr: 'Référence', nl: 'Referentie', en: 'Reference' }[language];
    return `${reference}${id}${REJECTED[language].label}${REJECTED[language].reason}`;
  }

  test('the frequent cron sends what is due; the daily one does not', async () => {
    const to = uniqueAddress('cron');
    const at = new Date(Date.now() - 60_000);
    const key = `test-cron:${crypto.randomUUID()}`;
    await kit.db.batch([
      outboxStatement(kit.db, {
        message: contributionPublished,
        to,
        language: 'en',
        data: { reference: 'K7M2-9QXA', title: 'From the cron', note: null },
        dedupeKey: key,
        at: at.toISOString(),
      }),
    ]);
    const worker = kit.server.getWorker();
    assert.equal((await worker.scheduled({ cron: DAILY_CRON, scheduledTime: new Date() })).outcome, 'ok');
    assert.equal((await outboxRows(kit.db, key))[0].status, 'pending');
    assert.deepEqual(await sentEmails(kit, to), []);
    assert.equal((await worker.scheduled({ cron: FREQUENT_CRON, scheduledTime: new Date() })).outcome, 'ok');
    assert.equal((await outboxRows(kit.db, key))[0].status, 'sent');
    assert.equal((await sentEmails(kit, to))[0].subject, 'Your contribution “From the cron” is published');
  });

  test('a failed message an admin retries is sent right after the answer', async () => {
    const to = uniqueAddress('again');
    const key = `test-retry:${crypto.randomUUID()}`;
    await kit.db.batch([
      outboxStatement(kit.db, {
        message: contributionPublished,
        to,
        language: 'fr',
        data: { reference: 'K7M2-9QXA', title: 'Encore', note: null },
        dedupeKey: key,
        at: new Date(Date.now() + 3_600_000).toISOString(),
      }),
      kit.db.prepare(`UPDATE outbox SET status = 'failed', attempts = 8 WHERE dedupe_key = ?1`).bind(key),
    ]);
    const [row] = await outboxRows(kit.db, key);
    const response = await kit.request(`/api/v1/admin/outbox/${row.id}/retry`, { method: 'POST', ...ADMIN });
    assert.equal(response.status, 200);
    assert.equal((await delivered(to)).subject, 'Votre contribution « Encore » est publiée');
  });

  test('two cron runs at once send each message once through the binding', async () => {
    const at = new Date(Date.now() - 60_000).toISOString();
    const recipients = Array.from({ length: 24 }, (_, index) => uniqueAddress(`twice${index}`));
    await kit.db.batch(
      recipients.map((to) =>
        outboxStatement(kit.db, {
          message: contributionPublished,
          to,
          language: 'fr',
          data: { reference: 'K7M2-9QXA', title: 'Deux fois ?', note: null },
          dedupeKey: `test-twice:${to}`,
          at,
        }),
      ),
    );
    const worker = kit.server.getWorker();
    const runs = await Promise.all([
      worker.scheduled({ cron: FREQUENT_CRON, scheduledTime: new Date() }),
      worker.scheduled({ cron: FREQUENT_CRON, scheduledTime: new Date() }),
    ]);
    assert.deepEqual(
      runs.map((run) => run.outcome),
      ['ok', 'ok'],
    );
    for (const to of recipients) assert.equal((await sentEmails(kit, to)).length, 1, to);
  });

  test('wrangler.toml runs the daily cron and a frequent one', () => {
    const toml = readFileSync(join(import.meta.dirname, '..', '..', 'wrangler.toml'), 'utf8');
    const crons = JSON.parse(/^crons = (\[.*\])$/m.exec(toml)?.[1] ?? '[]') as string[];
    assert.deepEqual(crons, [DAILY_CRON, FREQUENT_CRON]);
  });
});
