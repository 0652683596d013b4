import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { jsonResponse, problemResponse, textOf } from '../../internal/test-helpers.ts';
import { $, type ApiStub, focused } from '../test-utils.ts';
import type { SipModerationRecommendations } from './recommendations.ts';
import {
  fill,
  forgetAll,
  mountRecommendations,
  openRecommendation,
  recommendationView,
  serveRecommendations,
  within,
} from './test-utils.ts';

const form = (el: HTMLElement) => $(el, 'sip-moderation-recommendation-form');
const field = <E extends HTMLElement = HTMLInputElement>(el: HTMLElement, selector: string) =>
  within<E>(el, 'sip-moderation-recommendation-form', selector);

async function openNew(el: SipModerationRecommendations, api: ApiStub): Promise<void> {
  $<HTMLButtonElement>(el, '#create').click();
  await api.idle();
}

/** A draft written in Dutch only: no language is required. */
async function writeInDutch(el: HTMLElement, api: ApiStub): Promise<void> {
  fill(field<HTMLSelectElement>(el, '#theme'), 'outils-communs');
  fill(field(el, '#title-nl'), 'Een solidariteitsfonds');
  fill(field<HTMLTextAreaElement>(el, '#summary-nl'), 'Een fonds voor moeilijke maanden.');
  fill(field<HTMLTextAreaElement>(el, '#text-nl'), 'Eerste alinea.\n\nTweede alinea.');
  await api.idle();
}

const submit = async (el: HTMLElement, api: ApiStub) => {
  field<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await api.idle();
};

describe('<sip-moderation-recommendation-form>', () => {
  let api: ApiStub | undefined;
  afterEach(() => {
    api?.restore();
    forgetAll();
  });

  it('creates a draft written in one language, its slug proposed from the title, and opens it', async () => {
    const created = recommendationView({
      slug: 'een-solidariteitsfonds',
      title: { nl: 'Een solidariteitsfonds' },
      summary: { nl: 'Een fonds voor moeilijke maanden.' },
      text: { nl: 'Eerste alinea.\n\nTweede alinea.' },
      languages: ['nl'],
      sources: [],
    });
    api = serveRecommendations([created], {
      'POST admin/recommendations': () => jsonResponse(created, 201),
    });
    const el = await mountRecommendations(api);
    await openNew(el, api);
    expect(focused()).to.equal(field(el, 'h2'));
    await expect(form(el)).to.be.accessible();
    await writeInDutch(el, api);
    expect(field(el, '#slug').value).to.equal('een-solidariteitsfonds');
    await submit(el, api);
    const [call] = api.callsTo('POST admin/recommendations');
    expect(call.body).to.deep.equal({
      slug: 'een-solidariteitsfonds',
      theme: 'outils-communs',
      year: new Date().getFullYear(),
      audience: 'participants',
      title: { nl: 'Een solidariteitsfonds' },
      summary: { nl: 'Een fonds voor moeilijke maanden.' },
      text: { nl: 'Eerste alinea.\n\nTweede alinea.' },
      sources: [],
    });
    // The new draft opens on its own page, and the page says so.
    expect(textOf(within(el, 'sip-moderation-recommendation', 'h2'))).to.include('Een solidariteitsfonds');
    expect(textOf($(el, '[part="status"]'))).to.equal('Le brouillon « Een solidariteitsfonds » est créé.');
  });

  it('says what is missing without sending anything: a theme, and each text in at least one language', async () => {
    api = serveRecommendations([]);
    const el = await mountRecommendations(api);
    await openNew(el, api);
    fill(field(el, '#title-en'), 'Free tools');
    await submit(el, api);
    expect(api.callsTo('POST admin/recommendations')).to.have.length(0);
    expect(textOf(field(el, '[part="error"]'))).to.equal('Corrigez les 3 champs signalés.');
    expect(textOf(field(el, '#theme-error'))).to.equal('Choisissez un thème.');
    expect(textOf(field(el, '#summary-error'))).to.equal('Écrivez-le dans au moins une langue.');
    expect(textOf(field(el, '#text-error'))).to.equal('Écrivez-le dans au moins une langue.');
    expect(textOf(field(el, '#title-error'))).to.equal('');
    // The slug followed the title.
    expect(field(el, '#slug').value).to.equal('free-tools');
    expect(field(el, '#slug').getAttribute('aria-invalid')).to.equal('false');
    // The focus goes to the first field to correct.
    expect(focused()).to.equal(field(el, '#theme'));
    await expect(form(el)).to.be.accessible();
    // Typing in a field clears its message.
    fill(field<HTMLTextAreaElement>(el, '#summary-fr'), 'Un résumé.');
    await api.idle();
    expect(textOf(field(el, '#summary-error'))).to.equal('');
  });

  it('keeps what was typed when the slug is taken, and says so beside it', async () => {
    api = serveRecommendations([], {
      'POST admin/recommendations': () => problemResponse(409, 'recommendation_exists'),
    });
    const el = await mountRecommendations(api);
    await openNew(el, api);
    await writeInDutch(el, api);
    await submit(el, api);
    expect(textOf(field(el, '#slug-error'))).to.equal(
      'Une recommandation porte déjà cet identifiant : choisissez-en un autre.',
    );
    expect(focused()).to.equal(field(el, '#slug'));
    expect(field<HTMLTextAreaElement>(el, '#text-nl').value).to.equal('Eerste alinea.\n\nTweede alinea.');
    // A slug typed by the editor no longer follows the title.
    field(el, '#slug').select();
    await sendKeys({ type: 'fonds-2026' });
    fill(field(el, '#title-nl'), 'Een ander fonds');
    await api.idle();
    expect(field(el, '#slug').value).to.equal('fonds-2026');
  });

  it('keeps unsent text through a failed request, and even once the form was closed', async () => {
    api = serveRecommendations([], {
      'POST admin/recommendations': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const el = await mountRecommendations(api);
    await openNew(el, api);
    await writeInDutch(el, api);
    await submit(el, api);
    expect(textOf(field(el, '[part="error"]'))).to.equal(
      'Impossible de joindre le service. Vérifiez votre connexion puis réessayez.',
    );
    expect(field(el, '#title-nl').value).to.equal('Een solidariteitsfonds');
    // Back to the list (or a session that ended), then the form again: the text is still there.
    $<HTMLButtonElement>(el, '#back').click();
    await api.idle();
    await openNew(el, api);
    expect(field(el, '#title-nl').value).to.equal('Een solidariteitsfonds');
    expect(field<HTMLSelectElement>(el, '#theme').value).to.equal('outils-communs');
    expect(textOf(field(el, '[part="status"]'))).to.equal(
      'Le texte que vous n’aviez pas encore envoyé est rétabli.',
    );
  });

  it('edits a recommendation: sends only what changed, and nothing when nothing did', async () => {
    const view = recommendationView({ title: { fr: 'Adopter des outils libres', nl: 'Vrije tools' } });
    api = serveRecommendations([view], {
      'PATCH admin/recommendations/outils-libres': (call) =>
        jsonResponse({ ...view, ...(call.body as object), languages: ['fr', 'nl', 'en'] }),
    });
    const el = await mountRecommendations(api);
    await openRecommendation(el, api, 'outils-libres');
    within<HTMLButtonElement>(el, 'sip-moderation-recommendation', '[data-panel="edit"]').click();
    await api.idle();
    expect(focused()).to.equal(field(el, 'h3'));
    expect(field(el, '#title-nl').value).to.equal('Vrije tools');
    // No slug to edit: it never changes.
    expect(form(el).shadowRoot?.querySelector('#slug')).to.equal(null);
    await submit(el, api);
    expect(api.callsTo('PATCH admin/recommendations/outils-libres')).to.have.length(0);
    expect(textOf(field(el, '[part="status"]'))).to.equal('Rien n’a changé : il n’y a rien à enregistrer.');

    fill(field(el, '#title-en'), 'Adopt free tools');
    fill(field(el, '#year'), '2027');
    await submit(el, api);
    const [call] = api.callsTo('PATCH admin/recommendations/outils-libres');
    expect(call.body).to.deep.equal({
      year: 2027,
      title: { fr: 'Adopter des outils libres', nl: 'Vrije tools', en: 'Adopt free tools' },
    });
    const page = $(el, 'sip-moderation-recommendation');
    expect(page.shadowRoot?.querySelector('sip-moderation-recommendation-form')).to.equal(null);
    expect(textOf(page.shadowRoot?.querySelector('[part="status"]'))).to.equal(
      'Les modifications sont enregistrées.',
    );
    expect(textOf(page.shadowRoot?.querySelector('[part="facts"]'))).to.include('2027');
  });
});
