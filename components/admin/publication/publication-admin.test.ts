import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as v from 'valibot';
import { ContributionView } from '../../../schema/contributions.ts';
import { AdminIdentity } from '../../../schema/moderation.ts';
import { PublicationEdition, PublicationPreview } from '../../../schema/publications.ts';
import { jsonResponse, problemResponse, type RecordedCall, textOf } from '../../internal/test-helpers.ts';
import {
  $,
  ADMIN,
  type ApiStub,
  all$,
  focused,
  forgetSession,
  mountApp,
  type Routes,
  rememberToken,
  serveApi,
  THEMES,
} from '../test-utils.ts';

const EDITOR: AdminIdentity = v.parse(AdminIdentity, { name: 'Comité', role: 'editor', via: 'token' });
const YEAR = new Date().getFullYear();
const [FIRST, SECOND] = THEMES.themes;

const themeOf = ({ slug, position, title, summary }: (typeof THEMES.themes)[number]) => ({
  slug,
  position,
  title,
  summary,
});

/** The year as the API previews it: one pick on the first theme, `editions` published. */
function previewFixture(
  picks: { theme: string; contribution: string; excerpt: string | null }[] = [
    { theme: FIRST.slug, contribution: 'K7M2-0001', excerpt: null },
  ],
  editions = 0,
): PublicationPreview {
  const quotes = picks.map((pick) => ({
    contribution: pick.contribution,
    text: pick.excerpt ?? `Le texte entier de ${pick.contribution}.`,
    excerpt: pick.excerpt !== null,
    author: 'Sophie L.',
    role: 'freelancer',
    territory: 'be-bru',
  }));
  return v.parse(PublicationPreview, {
    year: YEAR,
    themes: [FIRST, SECOND].map((theme, index) => ({
      theme: themeOf(theme),
      asked: [],
      said: {
        events: { held: 0, attendees: 0, byTerritory: [], byRole: [] },
        contributions: { received: 5 - index, published: 3 - index },
        quotes: quotes.filter((_, at) => picks[at].theme === theme.slug),
      },
      recommended: [],
    })),
    picks,
    editions: Array.from({ length: editions }, (_, index) => ({
      edition: editions - index,
      publishedAt: '2026-11-20T10:00:00.000Z',
      publishedBy: 'Luc Janssens',
    })),
  });
}

function candidate(n: number): ContributionView {
  return v.parse(ContributionView, {
    id: `K7M2-000${n}`,
    theme: SECOND.slug,
    title: `Des outils n°${n}`,
    text: `Un texte à citer, numéro ${n}.`,
    author: n === 3 ? null : 'Karim B.',
    role: 'freelancer',
    territory: 'be-bru',
    selfDeclared: false,
    publishedAt: '2026-02-15T15:00:00.000Z',
  });
}

const base = `admin/publications/${YEAR}`;
const button = (el: HTMLElement, label: string) =>
  all$<HTMLButtonElement>(el, 'button').find((candidate) => textOf(candidate) === label) as HTMLButtonElement;
const bodyOf = (call: RecordedCall) => call.body as { quotes: unknown[] };

async function openView(api: ApiStub, attributes = ''): Promise<HTMLElement> {
  history.replaceState(null, '', '#publication');
  const el = await mountApp(api, attributes);
  await api.idle();
  return el;
}

describe('<sip-moderation-publication>', () => {
  let api: ApiStub | undefined;
  beforeEach(() => rememberToken());
  afterEach(() => {
    api?.restore();
    forgetSession();
  });

  const asEditor = (routes: Routes = {}): ApiStub =>
    serveApi({
      'GET admin/me': () => jsonResponse(EDITOR),
      [`GET ${base}/preview`]: () => jsonResponse(previewFixture()),
      ...routes,
    });

  it('is the editors’ view: the year’s preview, its quotes, no publishing', async () => {
    api = asEditor();
    const el = await mountApp(api);
    const links = all$<HTMLAnchorElement>(el, 'nav a');
    expect(links.map(textOf)).to.deep.equal([
      'Recommandations',
      'Journal et exports',
      'Publication annuelle',
    ]);
    links[2].click();
    await api.idle();
    expect(focused()?.id).to.equal('publication-heading');
    expect(textOf($(el, '.editions, [part="editions"], h3 + p'))).to.equal(
      'Aucune édition publiée pour cette année.',
    );
    expect(all$(el, '[part="publish"]')).to.have.length(0);
    const themes = all$(el, '[part="theme"]');
    expect(themes).to.have.length(2);
    expect(textOf(themes[0].querySelector('.muted'))).to.equal(
      '0 sondage · 5 contributions reçues, 3 publiées · 0 recommandation',
    );
    expect(textOf(themes[0].querySelector('[part="pick"] blockquote'))).to.equal(
      'Le texte entier de K7M2-0001.',
    );
    expect(textOf(themes[1].querySelector('h5 + p'))).to.equal('Aucune citation choisie.');
    await expect(el).to.be.accessible();
  });

  it('finds published contributions of a theme and saves the picks, in order, with an excerpt', async () => {
    const saved: PublicationPreview[] = [];
    api = asEditor({
      [`GET ${base}/contributions`]: () => jsonResponse({ contributions: [candidate(2), candidate(3)] }),
      [`PUT ${base}/quotes`]: (call) => {
        const body = bodyOf(call) as {
          quotes: { theme: string; contribution: string; excerpt: string | null }[];
        };
        saved.push(previewFixture(body.quotes));
        return jsonResponse(saved.at(-1));
      },
    });
    const el = await openView(api);
    const second = all$(el, '[part="theme"]')[1];
    second.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    await sendKeys({ type: 'outils' });
    await sendKeys({ press: 'Enter' });
    await api.idle();
    const [search] = api.callsTo(`GET ${base}/contributions`);
    expect(search.url.searchParams.get('theme')).to.equal(SECOND.slug);
    expect(search.url.searchParams.get('q')).to.equal('outils');
    expect(textOf(second.querySelector('.found')?.previousElementSibling ?? null)).to.equal(
      '2 contributions trouvées',
    );

    button(el, 'Citer').click();
    await api.idle();
    expect(textOf($(el, '.unsaved'))).to.equal('Des changements ne sont pas encore enregistrés.');
    const added = second.querySelector<HTMLTextAreaElement>('[part="pick"] textarea');
    expect(textOf(second.querySelector('[part="pick"] blockquote'))).to.equal('Un texte à citer, numéro 2.');
    added?.focus();
    await sendKeys({ type: 'Un texte … numéro 2' });
    button(el, 'Enregistrer les citations').click();
    await api.idle();
    expect(bodyOf(api.callsTo(`PUT ${base}/quotes`)[0])).to.deep.equal({
      quotes: [
        { theme: FIRST.slug, contribution: 'K7M2-0001', excerpt: null },
        { theme: SECOND.slug, contribution: 'K7M2-0002', excerpt: 'Un texte … numéro 2' },
      ],
    });
    expect(textOf($(el, '[part="status"]'))).to.equal('Citations enregistrées (2).');
    expect(all$(el, '.unsaved')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('moves and removes picks within their theme', async () => {
    const picks = [
      { theme: FIRST.slug, contribution: 'K7M2-0001', excerpt: null },
      { theme: SECOND.slug, contribution: 'K7M2-0009', excerpt: null },
      { theme: FIRST.slug, contribution: 'K7M2-0002', excerpt: 'Le texte' },
    ];
    api = asEditor({
      [`GET ${base}/preview`]: () => jsonResponse(previewFixture(picks)),
      [`PUT ${base}/quotes`]: () => jsonResponse(previewFixture(picks)),
    });
    const el = await openView(api);
    const up = $<HTMLButtonElement>(el, 'button[aria-label="Monter — la citation K7M2-0002"]');
    up.focus();
    await sendKeys({ press: 'Enter' });
    await api.idle();
    // First now: it can only go down, and the focus stays with it.
    expect(focused()?.getAttribute('aria-label')).to.equal('Descendre — la citation K7M2-0002');
    $<HTMLButtonElement>(el, 'button[aria-label="Retirer — la citation K7M2-0009"]').click();
    await api.idle();
    button(el, 'Enregistrer les citations').click();
    await api.idle();
    expect(bodyOf(api.callsTo(`PUT ${base}/quotes`)[0]).quotes).to.deep.equal([
      { theme: FIRST.slug, contribution: 'K7M2-0002', excerpt: 'Le texte' },
      { theme: FIRST.slug, contribution: 'K7M2-0001', excerpt: null },
    ]);
  });

  it('a refused save says why and marks the quote at fault', async () => {
    api = asEditor({
      [`PUT ${base}/quotes`]: () =>
        new Response(
          JSON.stringify({
            type: 'https://x/problems/excerpt_not_in_text',
            title: 'x',
            status: 422,
            code: 'excerpt_not_in_text',
            detail: 'x',
            issues: [{ path: 'quotes.0.excerpt', message: 'not words of the contribution' }],
          }),
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    const el = await openView(api);
    const errors: CustomEvent[] = [];
    el.addEventListener('sip-error', (event) => errors.push(event));
    button(el, 'Enregistrer les citations').click();
    await api.idle();
    expect(errors[0].detail).to.deep.equal({ status: 422, code: 'excerpt_not_in_text' });
    expect(textOf($(el, 'sip-moderation-publication').shadowRoot?.querySelector('[role="alert"]'))).to.equal(
      'Un extrait ne reprend pas les mots de la contribution. Corrigez-le.',
    );
    expect($(el, '[part="pick"]').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('admins publish a new edition after confirming; the editions list grows', async () => {
    let editions = 1;
    api = serveApi({
      'GET admin/me': () => jsonResponse(ADMIN),
      [`GET ${base}/preview`]: () => jsonResponse(previewFixture(undefined, editions)),
      [`POST ${base}`]: () => {
        editions += 1;
        return jsonResponse(
          v.parse(PublicationEdition, {
            year: YEAR,
            edition: editions,
            publishedAt: new Date().toISOString(),
            publishedBy: 'Luc Janssens',
            themes: [],
          }),
          201,
        );
      },
    });
    const el = await openView(api);
    const links = all$<HTMLAnchorElement>(el, '[part="editions"] a');
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      `https://api.test/publication/${YEAR}/1?lang=fr`,
      `https://api.test/api/v1/publications/${YEAR}?edition=1`,
      `https://api.test/api/v1/publications/${YEAR}.csv?edition=1`,
    ]);
    button(el, 'Publier l’édition 2').click();
    await api.idle();
    expect(api.callsTo(`POST ${base}`)).to.have.length(0);
    expect(focused()?.id).to.equal('confirm-publish');
    expect(textOf(focused())).to.equal(`Publier l’édition 2 de ${YEAR} ?`);
    await expect(el).to.be.accessible();
    const published = oneEvent(el, 'sip-publish');
    button(el, 'Publier l’édition 2').click();
    expect((await published).detail.edition.edition).to.equal(2);
    await api.idle();
    expect(api.callsTo(`POST ${base}`)).to.have.length(1);
    expect(textOf($(el, '[part="status"]'))).to.equal('Édition 2 publiée.');
    expect(all$(el, '[part="editions"] li')).to.have.length(2);
    expect(textOf(button(el, 'Publier l’édition 3'))).to.equal('Publier l’édition 3');
  });

  it('cancelling the confirmation publishes nothing and gives the focus back', async () => {
    api = serveApi({
      'GET admin/me': () => jsonResponse(ADMIN),
      [`GET ${base}/preview`]: () => jsonResponse(previewFixture()),
    });
    const el = await openView(api);
    button(el, 'Publier l’édition 1').click();
    await api.idle();
    button(el, 'Annuler').click();
    await api.idle();
    expect(textOf(focused())).to.equal('Publier l’édition 1');
    expect(api.calls.filter((call) => call.method === 'POST')).to.have.length(0);
  });

  it('shows another year, and says when loading fails', async () => {
    api = asEditor({
      'GET admin/publications/2025/preview': () => problemResponse(503, 'internal_error'),
    });
    const el = await openView(api);
    const year = $<HTMLInputElement>(el, 'input[name="year"]');
    year.value = '2025';
    button(el, 'Afficher').click();
    await api.idle();
    expect(api.callsTo('GET admin/publications/2025/preview')).to.have.length(1);
    expect(textOf($(el, 'sip-moderation-publication').shadowRoot?.querySelector('[role="alert"]'))).to.equal(
      'Une erreur est survenue de notre côté. Réessayez dans un moment.',
    );
    expect(button(el, 'Réessayer')).to.exist;
  });

  it('speaks the page’s language', async () => {
    api = asEditor();
    const el = await openView(api, 'lang="nl"');
    await api.idle();
    expect(all$(el, 'nav a').map(textOf)).to.deep.equal([
      'Aanbevelingen',
      'Logboek en exports',
      'Jaarpublicatie',
    ]);
    expect(textOf($(el, '#publication-heading'))).to.equal('Jaarpublicatie');
    expect(textOf(button(el, 'Citaten opslaan'))).to.equal('Citaten opslaan');
  });

  it('speaks English too, and stays axe-clean', async () => {
    api = asEditor();
    const el = await openView(api, 'lang="en"');
    await api.idle();
    expect(all$(el, 'nav a').map(textOf)).to.deep.equal([
      'Recommendations',
      'Log and exports',
      'Annual publication',
    ]);
    expect(textOf($(el, '#publication-heading'))).to.equal('Annual publication');
    expect(textOf($(el, '[part="editions"], h3 + p'))).to.equal('No edition published for this year.');
    expect(button(el, 'Save the quotes')).to.exist;
    await expect(el).to.be.accessible();
  });
});
