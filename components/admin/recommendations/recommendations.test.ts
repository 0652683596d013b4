import { expect } from '@open-wc/testing';
import { jsonResponse, type RecordedCall, textOf } from '../../internal/test-helpers.ts';
import { $, type ApiStub, all$, focused, mountApp, rememberToken } from '../test-utils.ts';
import {
  ADMIN,
  BOARD,
  boardAnswer,
  EDITOR,
  fill,
  forgetAll,
  iso,
  listItem,
  mountRecommendations,
  openRecommendation,
  recommendationView,
  serveRecommendations,
  within,
} from './test-utils.ts';

const queryOf = (call: RecordedCall) => Object.fromEntries(call.url.searchParams);
const rows = (el: HTMLElement) => all$(el, '[part="recommendation"]').map(textOf);

const draft = recommendationView();
const submitted = recommendationView({
  slug: 'fonds-de-solidarite',
  status: 'submitted',
  statusAt: iso(-2),
  changedAt: iso(-2),
  title: { nl: 'Een solidariteitsfonds voor freelancers' },
  summary: { nl: 'Een fonds.' },
  text: { nl: 'Een fonds voor moeilijke maanden.' },
  languages: ['nl'],
  supports: { total: 12, byRole: [{ role: 'freelancer', count: 12 }] },
});
const adopted = recommendationView({
  slug: 'formations-numeriques',
  status: 'adopted',
  year: 2025,
  theme: { ...draft.theme, slug: 'pour-qui-avec-qui' },
  title: { fr: 'Former aux outils numériques', en: 'Digital tools training' },
  answers: [boardAnswer(2), boardAnswer(1)],
});

describe('<sip-moderation-recommendations> list', () => {
  let api: ApiStub | undefined;
  afterEach(() => {
    api?.restore();
    forgetAll();
  });

  it('lists every recommendation, drafts included, with status, theme, year, sources, answer and supports', async () => {
    api = serveRecommendations([draft, submitted, adopted]);
    const el = await mountRecommendations(api);
    expect(queryOf(api.callsTo('GET admin/recommendations')[0])).to.deep.equal({});
    const [first, second, third] = rows(el);
    expect(first).to.include('Adopter des outils libres').and.include('Brouillon').and.include('2026');
    expect(first).to.include('Nos outils communs').and.include('Pas encore');
    expect(second).to.include('Een solidariteitsfonds voor freelancers').and.include('(en néerlandais)');
    expect(second).to.include('Soumise au conseil').and.include('12');
    expect(third).to.include('Adoptée').and.include('Version 2').and.include('2025');
    // A title in another language than the page's says which, for screen readers too.
    const dutch = $(el, '[data-slug="fonds-de-solidarite"] [lang]');
    expect(dutch.getAttribute('lang')).to.equal('nl');
    expect(textOf($(el, 'caption'))).to.include('brouillons compris');
    await expect(el).to.be.accessible();
  });

  it('filters by status, theme and year through the API', async () => {
    api = serveRecommendations([draft, submitted, adopted]);
    const el = await mountRecommendations(api);
    fill($<HTMLSelectElement>(el, '#filter-status'), 'adopted');
    await api.idle();
    expect(rows(el)).to.have.length(1);
    fill($<HTMLSelectElement>(el, '#filter-theme'), 'pour-qui-avec-qui');
    await api.idle();
    fill($<HTMLSelectElement>(el, '#filter-year'), '2025');
    await api.idle();
    const calls = api.callsTo('GET admin/recommendations').map(queryOf);
    expect(calls.at(-1)).to.deep.equal({ status: 'adopted', theme: 'pour-qui-avec-qui', year: '2025' });
    expect(rows(el)[0]).to.include('Former aux outils numériques');
    fill($<HTMLSelectElement>(el, '#filter-status'), 'draft');
    await api.idle();
    expect(textOf(el.shadowRoot)).to.include('Aucune recommandation ne correspond à ces filtres.');
    // The draft status is a filter like any other: the list is the committee's, not the public's.
    expect(api.callsTo('GET admin/recommendations').map(queryOf).at(-1)?.status).to.equal('draft');
  });

  it('loads the next page with the cursor and carries the focus to its first new row', async () => {
    api = serveRecommendations([], {
      'GET admin/recommendations': (call) =>
        jsonResponse(
          call.url.searchParams.get('cursor') === 'page-2'
            ? { recommendations: [listItem(adopted)], nextCursor: null }
            : { recommendations: [listItem(draft), listItem(submitted)], nextCursor: 'page-2' },
        ),
    });
    const el = await mountRecommendations(api);
    expect(textOf(el.shadowRoot)).to.include('2 recommandations affichées');
    $<HTMLButtonElement>(el, '#load-more').click();
    await api.idle();
    expect(queryOf(api.callsTo('GET admin/recommendations')[1])).to.deep.equal({ cursor: 'page-2' });
    expect(rows(el)).to.have.length(3);
    expect(focused()?.getAttribute('data-slug')).to.equal('formations-numeriques');
    expect(all$(el, '#load-more')).to.have.length(0);
    expect(textOf($(el, '[part="status"]'))).to.equal('3 recommandations affichées');
  });

  it('says why the list failed, and retries', async () => {
    let fail = true;
    api = serveRecommendations([draft], {
      'GET admin/recommendations': () =>
        fail
          ? new Response('{}', { status: 503 })
          : jsonResponse({ recommendations: [listItem(draft)], nextCursor: null }),
    });
    const el = await mountRecommendations(api);
    expect(textOf($(el, '[role="alert"]'))).to.equal(
      'Une erreur est survenue de notre côté. Réessayez dans un moment.',
    );
    fail = false;
    all$<HTMLButtonElement>(el, 'button')
      .find((button) => textOf(button) === 'Réessayer')
      ?.click();
    await api.idle();
    expect(rows(el)).to.have.length(1);
  });

  it('opens a recommendation and comes back to its row', async () => {
    api = serveRecommendations([draft, submitted]);
    const el = await mountRecommendations(api);
    await openRecommendation(el, api, 'fonds-de-solidarite');
    expect(api.callsTo('GET admin/recommendations/fonds-de-solidarite')).to.have.length(1);
    const heading = within(el, 'sip-moderation-recommendation', 'h2');
    expect(textOf(heading)).to.include('Een solidariteitsfonds voor freelancers');
    expect(focused()).to.equal(heading);
    $<HTMLButtonElement>(el, '#back').click();
    await api.idle();
    expect(focused()?.getAttribute('data-slug')).to.equal('fonds-de-solidarite');
    // The list is read again: it shows what changed meanwhile.
    expect(api.callsTo('GET admin/recommendations')).to.have.length(2);
  });

  it('follows a merged recommendation to the one it went into', async () => {
    const merged = recommendationView({
      slug: 'outils-partages',
      status: 'merged',
      title: { fr: 'Partager nos outils' },
      mergedInto: { slug: 'fonds-de-solidarite', title: submitted.title },
    });
    api = serveRecommendations([merged, submitted]);
    const el = await mountRecommendations(api);
    await openRecommendation(el, api, 'outils-partages');
    const link = within<HTMLButtonElement>(
      el,
      'sip-moderation-recommendation',
      '[data-open="fonds-de-solidarite"]',
    );
    expect(textOf(link.closest('div')))
      .to.include('Fusionnée dans')
      .and.include('Een solidariteitsfonds');
    link.click();
    await api.idle();
    expect(api.callsTo('GET admin/recommendations/fonds-de-solidarite')).to.have.length(1);
    expect(textOf(within(el, 'sip-moderation-recommendation', 'h2'))).to.include('Een solidariteitsfonds');
    expect(focused()).to.equal(within(el, 'sip-moderation-recommendation', 'h2'));
  });

  it('offers a new draft to editors, not to the board', async () => {
    api = serveRecommendations([submitted], {}, BOARD);
    const board = await mountRecommendations(api, 'board');
    expect(all$(board, '#create')).to.have.length(0);
    api.restore();
    api = serveRecommendations([submitted]);
    const editor = await mountRecommendations(api, 'editor');
    expect(textOf($(editor, '#create'))).to.equal('Nouveau brouillon');
  });
});

describe('the moderation page with recommendations', () => {
  let api: ApiStub | undefined;
  beforeEach(() => rememberToken());
  afterEach(() => {
    api?.restore();
    forgetAll();
  });

  const navOf = (el: HTMLElement) => all$(el, 'nav a').map(textOf);

  it('opens on the recommendations for an editor, who also has the log and the annual publication', async () => {
    api = serveRecommendations([draft], {}, EDITOR);
    const el = await mountApp(api);
    expect(navOf(el)).to.deep.equal(['Recommandations', 'Journal et exports', 'Publication annuelle']);
    expect(all$(el, 'sip-moderation-recommendations')).to.have.length(1);
    expect(rows(el)[0]).to.include('Adopter des outils libres');
    await expect(el).to.be.accessible();
  });

  it('opens on the recommendations for the board, and shows admins every view', async () => {
    api = serveRecommendations([draft], {}, BOARD);
    const board = await mountApp(api);
    expect(navOf(board)[0]).to.equal('Recommandations');
    expect(all$(board, 'sip-moderation-recommendations')[0]).to.have.property('role', 'board');
    api.restore();
    board.remove();
    api = serveRecommendations([draft], {}, ADMIN);
    const admin = await mountApp(api);
    expect(navOf(admin)).to.include('Recommandations').and.include('File de modération');
  });

  it('is not offered to moderators', async () => {
    api = serveRecommendations([draft], {}, { ...EDITOR, role: 'moderator' });
    const el = await mountApp(api);
    expect(navOf(el)).not.to.include('Recommandations');
    expect(api.callsTo('GET admin/recommendations')).to.have.length(0);
  });
});
