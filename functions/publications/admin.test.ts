/**
 * The editors' side of the publication: the live preview, the quote search,
 * the quotes (every refusal changes nothing), and the erasure of a quoted
 * author's name from frozen editions.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PublicationEdition, PublicationPreview, QuoteCandidates } from '../../schema/publications.ts';
import {
  ADMIN,
  changedRows,
  databaseFingerprint,
  expectProblem,
  type Kit,
  type KitResponse,
  MODERATOR,
  startKit,
} from '../test/harness.ts';
import { seedContribution, testParticipant } from '../test/moderation.ts';
import { editorOptions, preview, publicationState, publish, putQuotes } from './test-fixtures.ts';

let kit: Kit;
let editor: { token: string };
after(() => kit.close());

/** Sends a request that must be refused, and checks that no row of any table changed. */
async function expectNothingChanged(send: () => Promise<KitResponse>, status: number, code: string) {
  const before = await databaseFingerprint(kit.db);
  const problem = await expectProblem(await send(), status, code);
  assert.deepEqual(changedRows(before, await databaseFingerprint(kit.db)), {}, 'nothing changed');
  return problem;
}

const year = 2025;
const theme = 'modele-economique';
const ids: Record<string, string> = {};

before(async () => {
  kit = await startKit();
  editor = await editorOptions(kit);
  const at = (month: number) => new Date(Date.UTC(year, month - 1, 10)).toISOString();
  ids.a = await seedContribution(kit.db, {
    theme,
    status: 'published',
    submittedAt: at(2),
    title: 'Rendre la contribution lisible',
    text: 'La contribution de 8,5 % passe mieux quand on voit ce qu’elle finance.\n\nUn tableau annuel couperait court aux rumeurs.',
    displayName: 'Sophie L.',
  });
  ids.b = await seedContribution(kit.db, {
    theme,
    status: 'published',
    submittedAt: at(3),
    title: 'Un taux de 100% solidaire_',
    text: 'Le fonds de garantie est un point fort : élargissons-le aux saisonniers.',
  });
  ids.pending = await seedContribution(kit.db, { theme, status: 'pending', submittedAt: at(3) });
  ids.hidden = await seedContribution(kit.db, { theme, status: 'hidden', submittedAt: at(3) });
  ids.elsewhere = await seedContribution(kit.db, {
    theme: 'creer-son-activite',
    status: 'published',
    submittedAt: at(3),
  });
  ids.otherYear = await seedContribution(kit.db, {
    theme,
    status: 'published',
    submittedAt: `${year - 1}-06-01T00:00:00.000Z`,
    title: 'Rendre la contribution lisible, déjà',
  });
});

describe('GET /admin/publications/:year/preview', () => {
  test('editors and admins see the year as it stands; moderators and strangers do not', async () => {
    const view = await preview(kit, year, editor);
    assert.equal(view.year, year);
    assert.equal(view.themes.length, 4);
    assert.deepEqual(view.themes.find((entry) => entry.theme.slug === theme)?.said.contributions, {
      received: 4,
      published: 2,
    });
    assert.deepEqual(view.picks, []);
    assert.deepEqual(view.editions, []);
    assert.equal((await preview(kit, year, ADMIN)).year, year);
    await expectProblem(
      await kit.request(`/api/v1/admin/publications/${year}/preview`, MODERATOR),
      403,
      'admin_forbidden',
    );
    await expectProblem(
      await kit.request(`/api/v1/admin/publications/${year}/preview`),
      401,
      'admin_unauthorized',
    );
    await expectProblem(
      await kit.request('/api/v1/admin/publications/20x5/preview', editor),
      400,
      'validation_failed',
    );
  });

  test('lists the year’s editions, with who published them', async () => {
    await publish(kit, 2020);
    const view = await preview(kit, 2020, editor);
    assert.deepEqual(
      view.editions.map((entry) => [entry.edition, entry.publishedBy]),
      [[1, 'test-admin']],
    );
  });
});

describe('GET /admin/publications/:year/contributions', () => {
  const search = (query: string, options = editor) =>
    kit.request(`/api/v1/admin/publications/${year}/contributions?${query}`, options);
  const found = async (query: string) => {
    const response = await search(query);
    assert.equal(response.status, 200);
    return ((await response.json()) as QuoteCandidates).contributions.map((item) => item.id);
  };

  test('published contributions of the year on the theme, newest first, by words of the title or text', async () => {
    assert.deepEqual(await found(`theme=${theme}`), [ids.b, ids.a]);
    assert.deepEqual(await found(`theme=${theme}&q=lisible`), [ids.a]);
    assert.deepEqual(await found(`theme=${theme}&q=saisonniers`), [ids.b]);
    assert.deepEqual(await found(`theme=${theme}&q=introuvable`), []);
  });

  test('LIKE wildcards are taken literally', async () => {
    assert.deepEqual(await found(`theme=${theme}&q=${encodeURIComponent('100%')}`), [ids.b]);
    assert.deepEqual(await found(`theme=${theme}&q=${encodeURIComponent('5 %')}`), [ids.a]);
    // Unescaped, `_` would match any character, hence every contribution.
    assert.deepEqual(await found(`theme=${theme}&q=${encodeURIComponent('_')}`), [ids.b]);
  });

  test('a theme is required; moderators may not search', async () => {
    await expectProblem(await search(''), 400, 'validation_failed');
    await expectProblem(await search(`theme=${theme}`, MODERATOR), 403, 'admin_forbidden');
  });
});

describe('PUT /admin/publications/:year/quotes', () => {
  test('stores the picks in order, with their audit line; the preview quotes them', async () => {
    const response = await putQuotes(
      kit,
      year,
      {
        quotes: [
          { theme, contribution: ids.b },
          // A reference in any case; an excerpt with a cut, typographic apostrophe and line break as typed.
          {
            theme,
            contribution: ids.a.toLowerCase(),
            excerpt:
              "La contribution de 8,5 % passe mieux quand on voit ce qu'elle finance. […] Un tableau annuel",
          },
        ],
      },
      editor,
    );
    assert.equal(response.status, 200, await response.clone().text());
    const view = (await response.json()) as PublicationPreview;
    assert.deepEqual(view.picks, [
      { theme, contribution: ids.b, excerpt: null },
      {
        theme,
        contribution: ids.a,
        excerpt:
          "La contribution de 8,5 % passe mieux quand on voit ce qu'elle finance. […] Un tableau annuel",
      },
    ]);
    const quotes = view.themes.find((entry) => entry.theme.slug === theme)?.said.quotes;
    assert.deepEqual(
      quotes?.map((quote) => [quote.contribution, quote.excerpt, quote.author]),
      [
        [ids.b, false, 'Camille'],
        [ids.a, true, 'Sophie L.'],
      ],
    );
    const { results } = await kit.db
      .prepare(
        `SELECT actor, action, from_status, to_status FROM audit_log
         WHERE item_kind = 'publication' AND item_id = ?1 ORDER BY id`,
      )
      .bind(String(year))
      .all();
    assert.equal(results.length, 1);
    assert.equal(results[0].action, 'quotes');
    assert.deepEqual([results[0].from_status, results[0].to_status], ['0', '2']);
    assert.match(String(results[0].actor), /^editor-/);
  });

  test('a contribution that is not published, or on another theme, or unknown: 422 quote_not_found, nothing changed', async () => {
    for (const contribution of [ids.pending, ids.hidden, ids.elsewhere, 'ZZZZ-ZZZZ']) {
      const problem = await expectNothingChanged(
        () =>
          putQuotes(
            kit,
            year,
            {
              quotes: [
                { theme, contribution: ids.a },
                { theme, contribution },
              ],
            },
            editor,
          ),
        422,
        'quote_not_found',
      );
      assert.deepEqual(problem.issues, [
        { path: 'quotes.1.contribution', message: 'not a published contribution on this theme' },
      ]);
    }
  });

  test('an excerpt that is not the contribution’s words: 422 excerpt_not_in_text, nothing changed', async () => {
    for (const excerpt of [
      'La contribution de 9 % passe mieux',
      'Un tableau annuel … La contribution de 8,5 %',
      '…',
    ]) {
      await expectNothingChanged(
        () => putQuotes(kit, year, { quotes: [{ theme, contribution: ids.a, excerpt }] }, editor),
        422,
        'excerpt_not_in_text',
      );
    }
  });

  test('an unknown theme: 404 theme_not_found, nothing changed', async () => {
    await expectNothingChanged(
      () => putQuotes(kit, year, { quotes: [{ theme: 'pas-de-theme', contribution: ids.a }] }, editor),
      404,
      'theme_not_found',
    );
  });

  test('bad bodies, bad years and the wrong role are refused, nothing changed', async () => {
    const tooMany = Array.from({ length: 101 }, () => ({ theme, contribution: ids.a }));
    for (const body of [
      {},
      { quotes: 'x' },
      {
        quotes: [
          { theme, contribution: ids.a },
          { theme, contribution: ids.a.toLowerCase() },
        ],
      },
      { quotes: tooMany },
      { quotes: [{ theme, contribution: ids.a, excerpt: '' }] },
      { quotes: [{ theme, contribution: ids.a, excerpt: 'x'.repeat(1001) }] },
      { quotes: [{ theme: 'Not A Slug', contribution: ids.a }] },
    ]) {
      await expectNothingChanged(() => putQuotes(kit, year, body, editor), 400, 'validation_failed');
    }
    await expectNothingChanged(() => putQuotes(kit, 1999, { quotes: [] }, editor), 400, 'validation_failed');
    await expectNothingChanged(() => putQuotes(kit, year, { quotes: [] }, MODERATOR), 403, 'admin_forbidden');
    await expectNothingChanged(
      () =>
        kit.request(`/api/v1/admin/publications/${year}/quotes`, {
          method: 'PUT',
          body: '{"quotes":[]}',
          headers: { 'Content-Type': 'text/plain' },
          ...editor,
        }),
      415,
      'unsupported_media_type',
    );
  });

  test('a contribution hidden between the check and the write: the guarded write stores nothing', async () => {
    const before = await publicationState(kit.db);
    // The write's own guard, without the route's check before it: what a moderator acting meanwhile leaves.
    await kit.db.prepare(`UPDATE contributions SET status = 'hidden' WHERE id = ?1`).bind(ids.b).run();
    const { replacePicks } = await import('./queries.ts');
    const { written } = await replacePicks(kit.db, {
      year,
      picks: [{ theme, contribution: ids.b, excerpt: null }],
      by: 'someone',
      at: new Date().toISOString(),
    });
    assert.equal(written, false);
    assert.deepEqual(await publicationState(kit.db), before);
    // The route explains it as the check would have.
    await expectProblem(
      await putQuotes(kit, year, { quotes: [{ theme, contribution: ids.b }] }, editor),
      422,
      'quote_not_found',
    );
    await kit.db.prepare(`UPDATE contributions SET status = 'published' WHERE id = ?1`).bind(ids.b).run();
  });

  test('a hidden contribution drops out of the preview, and its pick stays for the editor to see', async () => {
    assert.equal(
      (await putQuotes(kit, year, { quotes: [{ theme, contribution: ids.b }] }, editor)).status,
      200,
    );
    await kit.db.prepare(`UPDATE contributions SET status = 'hidden' WHERE id = ?1`).bind(ids.b).run();
    const view = await preview(kit, year, editor);
    assert.deepEqual(view.picks, [{ theme, contribution: ids.b, excerpt: null }]);
    assert.deepEqual(view.themes.find((entry) => entry.theme.slug === theme)?.said.quotes, []);
    await kit.db.prepare(`UPDATE contributions SET status = 'published' WHERE id = ?1`).bind(ids.b).run();
  });
});

describe('erasure reaches frozen editions', () => {
  test('the quoted author’s name goes from every edition; the words stay; audit lines say so', async () => {
    const erasedYear = 2023;
    const participant = await testParticipant('site-a', 'erased-author');
    const mine = await seedContribution(kit.db, {
      theme,
      status: 'published',
      participant,
      submittedAt: `${erasedYear}-03-01T00:00:00.000Z`,
      displayName: 'Nom à effacer',
      text: 'Des mots que la publication garde après l’effacement de leur autrice.',
    });
    const other = await seedContribution(kit.db, {
      theme,
      status: 'published',
      submittedAt: `${erasedYear}-03-02T00:00:00.000Z`,
      displayName: 'Nom gardé',
    });
    const picks = {
      quotes: [
        { theme, contribution: other },
        { theme, contribution: mine },
      ],
    };
    assert.equal((await putQuotes(kit, erasedYear, picks, editor)).status, 200);
    await publish(kit, erasedYear);
    await publish(kit, erasedYear);

    const response = await kit.request('/api/v1/admin/erasures', {
      method: 'POST',
      json: { site: 'site-a', subject: 'erased-author' },
      ...ADMIN,
    });
    assert.equal(response.status, 200, await response.clone().text());
    const counts = (await response.json()) as Record<string, number>;
    assert.equal(counts.publications, 2);

    for (const edition of [1, 2]) {
      const answer = await kit.request(`/api/v1/publications/${erasedYear}?edition=${edition}`);
      const { themes } = (await answer.json()) as PublicationEdition;
      const quotes = themes.find((entry) => entry.theme.slug === theme)?.said.quotes ?? [];
      assert.deepEqual(
        quotes.map((quote) => [quote.contribution, quote.author, quote.text]),
        [
          [
            other,
            'Nom gardé',
            'Un texte assez long pour être une contribution : au moins cinquante caractères.',
          ],
          [mine, null, 'Des mots que la publication garde après l’effacement de leur autrice.'],
        ],
      );
    }
    const { results } = await kit.db
      .prepare(
        `SELECT item_id, from_status, reason_code FROM audit_log
         WHERE item_kind = 'publication' AND action = 'erase' ORDER BY id`,
      )
      .all();
    assert.deepEqual(
      results.map((row) => [row.item_id, row.from_status, row.reason_code]),
      [
        [String(erasedYear), '1', 'anonymised'],
        [String(erasedYear), '2', 'anonymised'],
      ],
    );
  });
});
