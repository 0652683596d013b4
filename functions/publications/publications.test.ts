/**
 * The annual publication's public routes and publishing: an edition holds
 * the year as it stood, stays frozen through later edits, and a second
 * edition keeps the first; JSON and CSV of the same data.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PublicationEdition, PublicationIndex, PublicationTheme } from '../../schema/publications.ts';
import {
  ADMIN,
  changedRows,
  createPoll,
  databaseFingerprint,
  expectProblem,
  type Kit,
  mintToken,
  startKit,
  vote,
} from '../test/harness.ts';
import { parseCsv, seedContribution } from '../test/moderation.ts';
import { gatherYear } from './queries.ts';
import { buildThemes } from './snapshot.ts';
import {
  editorOptions,
  publish,
  putQuotes,
  seedBallot,
  seedEvent,
  seedRecommendation,
  submittedAt,
} from './test-fixtures.ts';

let kit: Kit;
let editor: { token: string };
before(async () => {
  kit = await startKit();
  editor = await editorOptions(kit);
});
after(() => kit.close());

const themeOf = (edition: PublicationEdition, slug: string): PublicationTheme => {
  const theme = edition.themes.find((entry) => entry.theme.slug === slug);
  assert.ok(theme, `theme ${slug} in the edition`);
  return theme;
};

/** The raw JSON of an edition, as served. */
async function editionText(year: number, edition?: number): Promise<string> {
  const response = await kit.request(
    `/api/v1/publications/${year}${edition === undefined ? '' : `?edition=${edition}`}`,
  );
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('Content-Type'), 'application/json');
  return response.text();
}

// This file's years: each describe works on a year of its own, so that their data never mix.
describe('an edition holds the year as it stood', () => {
  const year = 2021;
  const theme = 'modele-economique';
  const ids: Record<string, string> = {};
  let edition: PublicationEdition;

  before(async () => {
    const at = (month: number, day = 1) => new Date(Date.UTC(year, month - 1, day, 9)).toISOString();
    // Polls: one of the year on the theme (results live), one the year before, one without a theme.
    ids.poll = await createPoll(kit, { theme, opensAt: at(2), closesAt: at(3) });
    await createPoll(kit, { theme, opensAt: at(2, 1).replace(String(year), String(year - 1)) });
    await createPoll(kit, { opensAt: at(2) });
    // Contributions: three received on the theme that year, two published; one of another year.
    ids.published = await seedContribution(kit.db, {
      theme,
      status: 'published',
      submittedAt: at(4),
      text: 'Un fonds de garantie plus large aiderait les membres saisonniers à passer les mois creux.',
      displayName: 'Ines D.',
      role: 'freelancer',
      territory: 'bruxelles',
    });
    ids.anonymous = await seedContribution(kit.db, {
      theme,
      status: 'published',
      submittedAt: at(5),
      anonymous: true,
      displayName: null,
    });
    await seedContribution(kit.db, { theme, status: 'rejected', submittedAt: at(5) });
    await seedContribution(kit.db, {
      theme,
      status: 'published',
      submittedAt: at(5).replace(String(year), String(year - 1)),
    });
    // Recommendations: a draft (left out), one submitted, one adopted with a revised answer, one of another year.
    await seedRecommendation(kit.db, { theme, year, slug: 'brouillon-2021' });
    ids.submitted = await seedRecommendation(kit.db, {
      theme,
      year,
      title: { nl: 'Een buffer voor magere maanden' },
      changes: [submittedAt(at(6))],
      supporters: [['member'], ['freelancer', 'member']],
    });
    ids.adopted = await seedRecommendation(kit.db, {
      theme,
      year,
      changes: [
        submittedAt(at(6)),
        { from: 'submitted', to: 'under_review', by: 'board', at: at(7) },
        { from: 'under_review', to: 'adopted', by: 'board', at: at(8), reason: { fr: 'Budget voté.' } },
      ],
      answers: [
        { text: { fr: 'Première réponse.' }, at: at(8) },
        { text: { fr: 'Réponse révisée.' }, reviewOn: `${year + 1}-03-31`, at: at(9) },
      ],
    });
    await seedRecommendation(kit.db, { theme, year: year - 1, changes: [submittedAt(at(6))] });

    await seedBallot(kit.db, ids.poll, ['yes'], ['member']);
    const quotes = await putQuotes(
      kit,
      year,
      {
        quotes: [
          { theme, contribution: ids.published, excerpt: 'Un fonds de garantie … les mois creux' },
          { theme, contribution: ids.anonymous.toLowerCase() },
        ],
      },
      editor,
    );
    assert.equal(quotes.status, 200, await quotes.text());
    edition = await publish(kit, year);
  });

  test('its number and date; who published it is not public (an admin’s name may be their e-mail)', () => {
    assert.equal(edition.year, year);
    assert.equal(edition.edition, 1);
    assert.ok(!('publishedBy' in edition));
    assert.ok(Date.now() - Date.parse(edition.publishedAt) < 60_000);
  });

  test('every theme, in display order', () => {
    assert.deepEqual(
      edition.themes.map((entry) => entry.theme.slug),
      ['cooperative-pour-qui', 'modele-economique', 'creer-son-activite', 'entreprise-partagee'],
    );
  });

  test('what was asked: the theme’s polls of the year, with their results', () => {
    const { asked } = themeOf(edition, theme);
    assert.deepEqual(
      asked.map((poll) => poll.slug),
      [ids.poll],
    );
    const [poll] = asked;
    assert.equal(poll.closed, true);
    assert.equal(poll.results?.ballots, 1);
    assert.deepEqual(poll.results?.options, [
      { key: 'yes', votes: 1 },
      { key: 'no', votes: 0 },
    ]);
    assert.deepEqual(
      poll.results?.byRole.map((row) => row.role),
      ['member'],
    );
  });

  test('what participants said: contributions received and published, the quotes picked', () => {
    const { said } = themeOf(edition, theme);
    assert.deepEqual(said.contributions, { received: 3, published: 2 });
    assert.deepEqual(said.quotes, [
      {
        contribution: ids.published,
        text: 'Un fonds de garantie … les mois creux',
        excerpt: true,
        author: 'Ines D.',
        role: 'freelancer',
        territory: 'bruxelles',
      },
      {
        contribution: ids.anonymous,
        text: 'Un texte assez long pour être une contribution : au moins cinquante caractères.',
        excerpt: false,
        author: null,
        role: 'freelancer',
        territory: 'bruxelles',
      },
    ]);
  });

  test('what is recommended and what the board answered: public ones of the year, latest answer, timeline', () => {
    const { recommended } = themeOf(edition, theme);
    assert.deepEqual(
      recommended.map((item) => item.slug),
      [ids.submitted, ids.adopted],
    );
    const [submitted, adopted] = recommended;
    assert.deepEqual(submitted.title, { nl: 'Een buffer voor magere maanden' });
    assert.equal(submitted.status, 'submitted');
    assert.equal(submitted.supports, 2);
    assert.equal(submitted.answer, null);
    assert.equal(adopted.status, 'adopted');
    assert.equal(adopted.answer?.version, 2);
    assert.deepEqual(adopted.answer?.text, { fr: 'Réponse révisée.' });
    assert.equal(adopted.answer?.reviewOn, `${year + 1}-03-31`);
    assert.deepEqual(
      adopted.timeline.map((change) => [change.from, change.to, change.by]),
      [
        ['draft', 'submitted', 'steering_committee'],
        ['submitted', 'under_review', 'board'],
        ['under_review', 'adopted', 'board'],
      ],
    );
    assert.deepEqual(adopted.timeline[2].reason, { fr: 'Budget voté.' });
  });

  test('the other themes are there, empty', () => {
    const other = themeOf(edition, 'creer-son-activite');
    assert.deepEqual(other.asked, []);
    assert.deepEqual(other.recommended, []);
    assert.deepEqual(other.said.contributions, { received: 0, published: 0 });
  });

  test('GET /publications/:year answers it as stored', async () => {
    assert.deepEqual(JSON.parse(await editionText(year)), edition);
    assert.deepEqual(JSON.parse(await editionText(year, 1)), edition);
  });
});

describe('what participants said: the events held on each theme, and who came', () => {
  const year = 2020;
  const [both, alone] = ['cooperative-pour-qui', 'modele-economique'];
  let edition: PublicationEdition;

  before(async () => {
    // On both themes, in Brussels: three came (one gave neither role nor
    // territory), one did not, one was never marked, one cancelled.
    await seedEvent(kit.db, {
      themes: [both, alone],
      startsAt: `${year}-03-10T16:00:00.000Z`,
      registrations: [
        { role: 'freelancer', territory: 'bruxelles', attended: true },
        { role: 'member', territory: 'wallonie', attended: true },
        { attended: true },
        { role: 'staff', territory: 'bruxelles', attended: false },
        { role: 'staff', territory: 'bruxelles', attended: null },
        { role: 'client', territory: 'flandre', status: 'cancelled', attended: null },
      ],
    });
    // On the first theme only: held, but its attendance was never recorded.
    await seedEvent(kit.db, {
      themes: [both],
      startsAt: `${year}-05-12T08:00:00.000Z`,
      territory: 'wallonie',
      registrations: [
        { role: 'member', territory: 'wallonie', attended: null },
        { role: 'member', territory: 'wallonie', attended: null },
      ],
    });
    // On the second theme, in Ghent, in September: two came.
    await seedEvent(kit.db, {
      themes: [alone],
      startsAt: `${year}-09-10T16:00:00.000Z`,
      territory: 'flandre',
      registrations: [
        { role: 'staff', territory: 'flandre', attended: true },
        { role: 'freelancer', territory: 'flandre', attended: true },
      ],
    });
    // Not held that year: a cancelled one (even with someone marked), one
    // of the year before, one of the year after, one without a theme.
    await seedEvent(kit.db, {
      themes: [both],
      startsAt: `${year}-06-01T08:00:00.000Z`,
      status: 'cancelled',
      registrations: [{ role: 'member', territory: 'bruxelles', attended: true }],
    });
    for (const startsAt of [`${year - 1}-12-31T20:00:00.000Z`, `${year + 1}-01-01T08:00:00.000Z`]) {
      await seedEvent(kit.db, {
        themes: [both, alone],
        startsAt,
        registrations: [{ role: 'partner', territory: 'bruxelles', attended: true }],
      });
    }
    await seedEvent(kit.db, {
      themes: [],
      startsAt: `${year}-04-01T08:00:00.000Z`,
      registrations: [{ role: 'partner', territory: 'bruxelles', attended: true }],
    });
    edition = await publish(kit, year);
  });

  test('held: the theme’s events of the year that have ended, cancelled ones left out', () => {
    assert.equal(themeOf(edition, both).said.events.held, 2);
    assert.equal(themeOf(edition, alone).said.events.held, 2);
    for (const slug of ['creer-son-activite', 'entreprise-partagee']) {
      assert.deepEqual(themeOf(edition, slug).said.events, {
        held: 0,
        attendees: 0,
        byTerritory: [],
        byRole: [],
      });
    }
  });

  test('attendees: those marked as having come, by the territory they gave and their role, most first', () => {
    // The event whose attendance was never recorded adds no one.
    assert.deepEqual(themeOf(edition, both).said.events, {
      held: 2,
      attendees: 3,
      byTerritory: [
        { territory: 'bruxelles', count: 1 },
        { territory: 'wallonie', count: 1 },
      ],
      byRole: [
        { role: 'freelancer', count: 1 },
        { role: 'member', count: 1 },
        { role: 'unspecified', count: 1 },
      ],
    });
    assert.deepEqual(themeOf(edition, alone).said.events, {
      held: 2,
      attendees: 5,
      byTerritory: [
        { territory: 'flandre', count: 2 },
        { territory: 'bruxelles', count: 1 },
        { territory: 'wallonie', count: 1 },
      ],
      byRole: [
        { role: 'freelancer', count: 2 },
        { role: 'member', count: 1 },
        { role: 'staff', count: 1 },
        { role: 'unspecified', count: 1 },
      ],
    });
  });

  test('an event not over when the edition is made is not held yet, and its attendees wait with it', async () => {
    const now = new Date(`${year}-09-10T17:00:00.000Z`); // The Ghent workshop is running.
    const themes = buildThemes(await gatherYear(kit.db, year, now.toISOString()), now);
    const events = themes.find((theme) => theme.theme.slug === alone)?.said.events;
    assert.deepEqual(events, {
      held: 1,
      attendees: 3,
      byTerritory: [
        { territory: 'bruxelles', count: 1 },
        { territory: 'wallonie', count: 1 },
      ],
      byRole: [
        { role: 'freelancer', count: 1 },
        { role: 'member', count: 1 },
        { role: 'unspecified', count: 1 },
      ],
    });
  });

  test('the CSV carries the same figures', async () => {
    const response = await kit.request(`/api/v1/publications/${year}.csv`);
    assert.equal(response.status, 200);
    const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    const column = (name: string) => header.indexOf(name);
    const of = (section: string) =>
      rows
        .filter((row) => row[column('theme')] === alone && row[column('section')] === section)
        .map((row) => [
          row[column('key')],
          row[column('territory')],
          row[column('role')],
          row[column('count')],
        ]);
    assert.deepEqual(of('events'), [
      ['held', '', '', '2'],
      ['attendees', '', '', '5'],
    ]);
    assert.deepEqual(of('attendees'), [
      ['', 'flandre', '', '2'],
      ['', 'bruxelles', '', '1'],
      ['', 'wallonie', '', '1'],
      ['', '', 'freelancer', '2'],
      ['', '', 'member', '1'],
      ['', '', 'staff', '1'],
      ['', '', 'unspecified', '1'],
    ]);
  });

  test('the printable page shows them, in the page’s language', async () => {
    const response = await kit.request(`/publication/${year}?lang=en`);
    assert.equal(response.status, 200);
    const text = await response.text();
    const section = text.slice(text.indexOf(`id="theme-${alone}"`));
    assert.ok(section.length < text.length, 'the theme’s section');
    const figures = section.slice(0, section.indexOf('</dl>'));
    assert.match(figures, /<dt>Workshops and small talks held<\/dt><dd>2<\/dd>/);
    assert.match(figures, /<dt>Attendees<\/dt><dd>5<\/dd>/);
    const table = (caption: string) => {
      const start = section.indexOf(`<caption>${caption}</caption>`);
      assert.ok(start > 0, caption);
      return [
        ...section
          .slice(start, section.indexOf('</table>', start))
          .matchAll(/<th scope="row">([^<]+)<\/th><td class="n">(\d+)<\/td>/g),
      ].map(([, name, count]) => [name, count]);
    };
    assert.deepEqual(table('Attendees by territory'), [
      ['Flanders', '2'],
      ['Brussels-Capital', '1'],
      ['Wallonia', '1'],
    ]);
    assert.deepEqual(table('Attendees by category'), [
      ['Freelancer', '2'],
      ['Member', '1'],
      ['Staff', '1'],
      ['No category', '1'],
    ]);
  });
});

describe('frozen: later edits change no edition; a new edition keeps the earlier ones', () => {
  const year = 2022;
  const theme = 'creer-son-activite';
  let first: string;
  let pollSlug: string;
  let slug: string;

  before(async () => {
    const at = (month: number) => new Date(Date.UTC(year, month - 1, 1, 9)).toISOString();
    pollSlug = await createPoll(kit, { theme, opensAt: at(1), resultsVisibility: 'live' });
    const quoted = await seedContribution(kit.db, { theme, status: 'published', submittedAt: at(2) });
    slug = await seedRecommendation(kit.db, { theme, year, changes: [submittedAt(at(3))] });
    assert.equal(
      (await putQuotes(kit, year, { quotes: [{ theme, contribution: quoted }] }, editor)).status,
      200,
    );
    await publish(kit, year);
    first = await editionText(year, 1);
  });

  test('edits after publishing leave edition 1 as it was, byte for byte', async () => {
    const before = await databaseFingerprint(kit.db);
    assert.equal((await vote(kit, pollSlug, ['no'], { token: await mintToken() })).status, 200);
    await seedContribution(kit.db, {
      theme,
      status: 'published',
      submittedAt: `${year}-04-01T00:00:00.000Z`,
    });
    await kit.db.batch([
      kit.db
        .prepare(
          `UPDATE recommendations SET status = 'under_review', title = '{"fr":"Titre modifié"}' WHERE slug = ?1`,
        )
        .bind(slug),
      kit.db
        .prepare(
          `INSERT INTO recommendation_status_changes (recommendation_id, from_status, to_status, body, at)
           SELECT id, 'submitted', 'under_review', 'board', ?2 FROM recommendations WHERE slug = ?1`,
        )
        .bind(slug, `${year}-05-01T00:00:00.000Z`),
    ]);
    assert.equal((await putQuotes(kit, year, { quotes: [] }, editor)).status, 200);
    assert.notDeepEqual(changedRows(before, await databaseFingerprint(kit.db)), {});

    assert.equal(await editionText(year, 1), first);
    assert.equal(await editionText(year), first, 'still the latest');
  });

  test('a second edition holds the edits; the first stays, with its date', async () => {
    const second = await publish(kit, year);
    assert.equal(second.edition, 2);
    const { asked, said, recommended } = themeOf(second, theme);
    assert.equal(asked[0].results?.ballots, 1);
    assert.equal(said.contributions.published, 2);
    assert.deepEqual(said.quotes, []);
    assert.deepEqual(recommended[0].title, { fr: 'Titre modifié' });
    assert.equal(recommended[0].status, 'under_review');

    assert.equal(await editionText(year, 1), first);
    assert.deepEqual(JSON.parse(await editionText(year)), second);
    const index = (await (await kit.request('/api/v1/publications')).json()) as PublicationIndex;
    const ofYear = index.editions.filter((entry) => entry.year === year);
    assert.deepEqual(
      ofYear.map((entry) => entry.edition),
      [2, 1],
    );
    assert.equal(ofYear[1].publishedAt, (JSON.parse(first) as PublicationEdition).publishedAt);
  });

  test('two admins publishing at once get two editions, numbered in turn', async () => {
    const [a, b] = await Promise.all([publish(kit, year), publish(kit, year)]);
    assert.deepEqual([a.edition, b.edition].sort(), [3, 4]);
    const { results } = await kit.db
      .prepare(
        `SELECT from_status, to_status FROM audit_log WHERE item_kind = 'publication' AND item_id = ?1
         AND action = 'publish' ORDER BY id`,
      )
      .bind(String(year))
      .all();
    assert.deepEqual(
      results.map((row) => [row.from_status, row.to_status]),
      [
        ['0', '1'],
        ['1', '2'],
        ['2', '3'],
        ['3', '4'],
      ],
    );
  });
});

describe('results are never revealed early', () => {
  test('a poll still open whose results wait for the close is published without them', async () => {
    // The year's polls are those opened by now: this one opened this year and closes tomorrow.
    const now = new Date();
    const thisYear = now.getUTCFullYear();
    const hidden = await createPoll(kit, {
      theme: 'entreprise-partagee',
      opensAt: `${thisYear}-01-01T00:00:00.000Z`,
      closesAt: new Date(now.getTime() + 86_400_000).toISOString(),
      resultsVisibility: 'after_close',
    });
    assert.equal((await vote(kit, hidden, ['yes'], { token: await mintToken() })).status, 200);
    const response = await kit.request(`/api/v1/admin/publications/${thisYear}/preview`, editor);
    assert.equal(response.status, 200);
    const preview = (await response.json()) as { themes: PublicationTheme[] };
    const poll = preview.themes.flatMap((theme) => theme.asked).find((entry) => entry.slug === hidden);
    assert.ok(poll);
    assert.equal(poll.closed, false);
    assert.equal(poll.results, null);
  });
});

describe('GET /publications/:year: errors', () => {
  test('404 edition_not_found for a year without editions, or an edition that does not exist', async () => {
    await expectProblem(await kit.request('/api/v1/publications/2099'), 404, 'edition_not_found');
    await expectProblem(await kit.request('/api/v1/publications/2099.csv'), 404, 'edition_not_found');
    await publish(kit, 2023);
    await expectProblem(await kit.request('/api/v1/publications/2023?edition=2'), 404, 'edition_not_found');
  });

  test('400 validation_failed for what is not a year, or not an edition number', async () => {
    for (const path of ['abcd', '1999', '2101', '20261', '2026.pdf', '2026.csv.csv']) {
      await expectProblem(await kit.request(`/api/v1/publications/${path}`), 400, 'validation_failed');
    }
    for (const edition of ['0', '-1', 'x', '1000']) {
      await expectProblem(
        await kit.request(`/api/v1/publications/2023?edition=${edition}`),
        400,
        'validation_failed',
      );
    }
  });
});

describe('GET /publications/:year.csv', () => {
  const year = 2024;
  const theme = 'cooperative-pour-qui';
  let reference: string;

  before(async () => {
    reference = await seedContribution(kit.db, {
      theme,
      status: 'published',
      submittedAt: `${year}-02-01T00:00:00.000Z`,
      text: '=HYPERLINK("http://evil.example","clic") et puis, une virgule\net "des guillemets".',
      displayName: '@admin',
    });
    await seedRecommendation(kit.db, {
      theme,
      year,
      title: { fr: 'Ouvrir la coopérative', nl: 'De coöperatie openstellen' },
      changes: [submittedAt(`${year}-03-01T00:00:00.000Z`)],
      answers: [{ text: { fr: 'Oui.' }, reviewOn: `${year}-12-01`, at: `${year}-04-01T00:00:00.000Z` }],
      supporters: [['member']],
    });
    assert.equal(
      (await putQuotes(kit, year, { quotes: [{ theme, contribution: reference }] }, editor)).status,
      200,
    );
    await publish(kit, year);
  });

  test('the same data, flat: UTF-8 with BOM, RFC 4180, formulas neutralised', async () => {
    const response = await kit.request(`/api/v1/publications/${year}.csv`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'text/csv; charset=utf-8');
    assert.equal(
      response.headers.get('Content-Disposition'),
      `attachment; filename="publication-${year}-edition-1.csv"`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    assert.deepEqual(header, [
      'year',
      'edition',
      'published_at',
      'theme',
      'section',
      'ref',
      'key',
      'fr',
      'nl',
      'en',
      'text',
      'author',
      'role',
      'territory',
      'status',
      'date',
      'count',
    ]);
    const column = (name: string) => header.indexOf(name);
    const of = (section: string) =>
      rows.filter((row) => row[column('theme')] === theme && row[column('section')] === section);
    const [quote] = of('quote');
    assert.equal(quote[column('ref')], reference);
    assert.equal(
      quote[column('text')],
      `'=HYPERLINK("http://evil.example","clic") et puis, une virgule\net "des guillemets".`,
    );
    assert.equal(quote[column('author')], "'@admin");
    const [recommendation] = of('recommendation');
    assert.deepEqual(
      [recommendation[column('fr')], recommendation[column('nl')], recommendation[column('count')]],
      ['Ouvrir la coopérative', 'De coöperatie openstellen', '1'],
    );
    assert.deepEqual(
      of('contributions').map((row) => [row[column('key')], row[column('count')]]),
      [
        ['received', '1'],
        ['published', '1'],
      ],
    );
    assert.equal(of('answer')[0][column('fr')], 'Oui.');
    assert.equal(of('review_on')[0][column('date')], `${year}-12-01`);
    assert.equal(of('status_change')[0][column('status')], 'submitted');
    // Every row of every theme carries the edition's identity.
    assert.ok(rows.every((row) => row[0] === String(year) && row[1] === '1'));
  });

  test('?edition= picks the edition, as for JSON', async () => {
    await publish(kit, year);
    const response = await kit.request(`/api/v1/publications/${year}.csv?edition=1`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Disposition') ?? '', /edition-1\.csv/);
    const latest = await kit.request(`/api/v1/publications/${year}.csv`);
    assert.match(latest.headers.get('Content-Disposition') ?? '', /edition-2\.csv/);
    await latest.arrayBuffer();
    await response.arrayBuffer();
  });
});

describe('GET /publications', () => {
  test('every edition, latest year first, latest edition first', async () => {
    const response = await kit.request('/api/v1/publications');
    assert.equal(response.status, 200);
    const { editions } = (await response.json()) as PublicationIndex;
    const keys = editions.map((entry) => entry.year * 1000 + entry.edition);
    assert.deepEqual(
      keys,
      [...keys].sort((a, b) => b - a),
    );
    assert.ok(editions.some((entry) => entry.year === 2022 && entry.edition === 1));
  });
});

describe('POST /admin/publications/:year', () => {
  test('an editor may not publish: 403, nothing written', async () => {
    const before = await databaseFingerprint(kit.db);
    await expectProblem(
      await kit.request('/api/v1/admin/publications/2036', { method: 'POST', ...editor }),
      403,
      'admin_forbidden',
    );
    await expectProblem(
      await kit.request('/api/v1/admin/publications/2036', { method: 'POST' }),
      401,
      'admin_unauthorized',
    );
    await expectProblem(
      await kit.request('/api/v1/admin/publications/1999', { method: 'POST', ...ADMIN }),
      400,
      'validation_failed',
    );
    assert.deepEqual(changedRows(before, await databaseFingerprint(kit.db)), {});
  });
});
