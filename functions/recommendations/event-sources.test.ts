/**
 * Events (workshops and small talks) as the sources of recommendations: the
 * editor's search finds them by their title in any language, a
 * recommendation links them, readers see them with their minutes and who
 * came once the minutes are published, and an unknown event is refused with
 * nothing changed. Events made and run through their own admin API.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminRegistrationList } from '../../schema/events.ts';
import type {
  AdminRecommendationView,
  RecommendationView,
  SourceView,
} from '../../schema/recommendations.ts';
import { createEvent, eventInput, moveEvent, registerFor } from '../events/test-helpers.ts';
import {
  ADMIN,
  createPoll,
  expectNothingChanged,
  type Kit,
  type KitResponse,
  mintToken,
  startKit,
} from '../test/harness.ts';
import { seedContribution } from '../test/moderation.ts';
import { adminView, type Bodies, bodies, createDraft, move, recommendationInput } from './test-helpers.ts';

let kit: Kit;
let as: Bodies;
before(async () => {
  kit = await startKit();
  as = await bodies(kit);
});
after(() => kit.close());

const ADMIN_API = '/api/v1/admin/recommendations';
const DAY = 24 * 3_600_000;

async function json<T>(response: KitResponse, status = 200): Promise<T> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return JSON.parse(text) as T;
}

/** The editor's source search. */
async function search(query: string): Promise<SourceView[]> {
  return (
    await json<{ sources: SourceView[] }>(await kit.request(`${ADMIN_API}/sources?${query}`, as.editor))
  ).sources;
}

/** The times of an event `days` from now, on the minute, two hours long. */
function startingIn(days: number): { startsAt: string; endsAt: string } {
  const start = Math.floor((Date.now() + days * DAY) / 60_000) * 60_000;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * 3_600_000).toISOString() };
}

/** The sources of a recommendation as readers get them. */
async function publicSources(slug: string): Promise<SourceView[]> {
  return (await json<RecommendationView>(await kit.request(`/api/v1/recommendations/${slug}`))).sources;
}

describe('events as sources of recommendations', () => {
  test('the search finds events by their title in any language, newest first, between contributions and polls', async () => {
    const word = `mot${crypto.randomUUID().slice(0, 6)}`;
    const title = (nl: string) => ({ fr: 'Atelier sans le mot', nl });
    const soon = startingIn(3);
    const sooner = await createEvent(kit, { title: title(`Workshop ${word} in Gent`), ...soon });
    const later = await createEvent(kit, {
      format: 'small_talk',
      title: { fr: `Small talk ${word}`, en: 'Small talk' },
      ...startingIn(9),
    });
    const cancelled = await createEvent(kit, { title: title(`Geannuleerd ${word}`), ...startingIn(5) });
    const cancel = await kit.request(`/api/v1/admin/events/${cancelled}/cancel`, {
      method: 'POST',
      ...ADMIN,
      json: { reason: 'Salle indisponible' },
    });
    assert.equal(cancel.status, 200, await cancel.text());
    await createEvent(kit, { title: title('Workshop zonder het woord') });
    const contribution = await seedContribution(kit.db, { status: 'published', title: `Texte ${word}` });
    const poll = await createPoll(kit, { question: { fr: `Question ${word} ?` } });

    const found = await search(`q=${word}`);
    assert.deepEqual(
      found.map((source) => [source.kind, source.ref]),
      [
        ['contribution', contribution],
        ['event', later],
        ['event', cancelled],
        ['event', sooner],
        ['poll', poll],
      ],
      'contributions, then events (latest start first, a cancelled one still listed), then polls',
    );
    const event = found.find((source) => source.ref === sooner);
    assert.deepEqual(event, {
      kind: 'event',
      ref: sooner,
      title: { fr: 'Atelier sans le mot', nl: `Workshop ${word} in Gent` },
      format: 'workshop',
      territory: 'bruxelles',
      startsAt: soon.startsAt,
      cancelled: false,
      hasMinutes: false,
      attendees: null,
    });
    assert.deepEqual(
      found.flatMap((source) => (source.kind === 'event' ? [[source.ref, source.cancelled]] : [])),
      [
        [later, false],
        [cancelled, true],
        [sooner, false],
      ],
      'the editor sees which event was cancelled',
    );
    assert.deepEqual(
      (await search(`q=${word.toUpperCase()}&kind=event`)).map((source) => source.ref),
      [later, cancelled, sooner],
      'one kind only; LIKE ignores the case',
    );
    assert.deepEqual(
      (await search(`q=${encodeURIComponent(`${word}%`)}&kind=event`)).map((source) => source.ref),
      [],
      'a wildcard is taken literally',
    );
  });

  test('linked to a recommendation, readers see the event, with its minutes and who came once published', async () => {
    const slug = await createEvent(kit, eventInput({ capacity: { in_person: 5 } }));
    const people = await Promise.all(
      ['Ana', 'Bo', 'Chloé'].map((name) => mintToken({ sub: `${name}-${crypto.randomUUID()}`, name })),
    );
    for (const token of people) {
      const registered = await registerFor(kit, slug, { mode: 'in_person' }, { token });
      assert.equal(registered.status, 201, await registered.text());
    }
    const reco = await createDraft(kit, { sources: [{ kind: 'event', ref: slug }] }, as.editor);
    assert.equal((await move(kit, reco, { to: 'submitted' }, as.editor)).status, 200);
    const [before] = await publicSources(reco);
    assert.equal(before.kind, 'event');
    assert.equal(before.ref, slug);
    assert.equal(before.kind === 'event' && before.hasMinutes, false);
    assert.equal(before.kind === 'event' && before.attendees, null);

    // The workshop takes place: two of three came, then the minutes are published.
    await moveEvent(kit.db, slug, -10 * DAY);
    const { registrations } = await json<AdminRegistrationList>(
      await kit.request(`/api/v1/admin/events/${slug}/registrations`, ADMIN),
    );
    const marked = await kit.request(`/api/v1/admin/events/${slug}/attendance`, {
      method: 'PATCH',
      ...ADMIN,
      json: {
        attendance: registrations.map((one, index) => ({ registration: one.id, attended: index < 2 })),
      },
    });
    assert.equal(marked.status, 200, await marked.text());
    assert.equal(
      ((await publicSources(reco))[0] as { attendees: number | null }).attendees,
      null,
      'attendees only once the minutes are published',
    );
    const minutes = await kit.request(`/api/v1/admin/events/${slug}/minutes`, {
      method: 'PUT',
      ...ADMIN,
      json: { text: { fr: 'Compte rendu : deux pistes.' } },
    });
    assert.equal(minutes.status, 200, await minutes.text());
    const stored = await kit.db
      .prepare('SELECT starts_at FROM events WHERE slug = ?1')
      .bind(slug)
      .first<{ starts_at: string }>();
    assert.deepEqual(await publicSources(reco), [
      {
        kind: 'event',
        ref: slug,
        title: eventInput().title,
        format: 'workshop',
        territory: 'bruxelles',
        startsAt: stored?.starts_at,
        cancelled: false,
        hasMinutes: true,
        attendees: 2,
      },
    ]);
    const admin = await adminView(kit, reco);
    assert.deepEqual(admin.linkedSources, [{ kind: 'event', ref: slug, public: true }]);
  });

  test('an event the organisers cancel after it was linked reads as cancelled to readers and editors', async () => {
    const slug = await createEvent(kit, { ...startingIn(4) });
    const reco = await createDraft(kit, { sources: [{ kind: 'event', ref: slug }] }, as.editor);
    assert.equal((await move(kit, reco, { to: 'submitted' }, as.editor)).status, 200);
    const cancelledOf = (sources: SourceView[]) =>
      sources.map((one) => one.kind === 'event' && one.cancelled);
    assert.deepEqual(cancelledOf(await publicSources(reco)), [false], 'scheduled: not cancelled');

    const cancel = await kit.request(`/api/v1/admin/events/${slug}/cancel`, {
      method: 'POST',
      ...ADMIN,
      json: { reason: 'Salle indisponible' },
    });
    assert.equal(cancel.status, 200, await cancel.text());

    const after = await publicSources(reco);
    assert.deepEqual(
      after.map((one) => [one.kind, one.ref]),
      [['event', slug]],
      'a cancelled event stays a source',
    );
    assert.deepEqual(cancelledOf(after), [true], 'the public view says it was cancelled');
    assert.deepEqual(
      cancelledOf(await search(`q=${slug}&kind=event`)),
      [true],
      "the editor's search says so too",
    );
  });

  test('an unknown event is refused, 422 source_not_found, with nothing changed', async () => {
    const known = await createEvent(kit);
    const unknown = { kind: 'event', ref: 'no-such-event' };
    const problem = await expectNothingChanged(
      kit,
      () =>
        kit.request(ADMIN_API, {
          method: 'POST',
          ...as.editor,
          json: recommendationInput({ sources: [{ kind: 'event', ref: known }, unknown] }),
        }),
      422,
      'source_not_found',
    );
    assert.equal(problem.issues?.[0].path, 'sources.1');
    // A poll's slug is not an event's: the kind is part of the reference.
    const poll = await createPoll(kit);
    const reco = await createDraft(kit, { sources: [{ kind: 'event', ref: known }] }, as.editor);
    for (const sources of [[unknown], [{ kind: 'event', ref: poll }]]) {
      await expectNothingChanged(
        kit,
        () => kit.request(`${ADMIN_API}/${reco}/sources`, { method: 'PUT', ...as.editor, json: { sources } }),
        422,
        'source_not_found',
      );
    }
    const view: AdminRecommendationView = await adminView(kit, reco);
    assert.deepEqual(view.linkedSources, [{ kind: 'event', ref: known, public: true }]);
  });
});
