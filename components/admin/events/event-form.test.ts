import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { jsonResponse, problemResponse, textOf } from '../../internal/test-helpers.ts';
import { $, type ApiStub, all$, focused, forgetSession, rememberToken } from '../test-utils.ts';
import type { SipModerationEvents } from './events.ts';
import { eventView, fill, mountEvents, serveEvents } from './test-utils.ts';

const CREATED = eventView({
  slug: 'atelier-lille-2030',
  title: { fr: 'Atelier à Lille', en: 'Workshop in Lille' },
  mode: 'hybrid',
  startsAt: '2030-07-01T16:00:00.000Z',
  endsAt: '2030-07-01T18:00:00.000Z',
  timeZone: 'Europe/Paris',
  seats: {
    in_person: { capacity: 20, taken: 0, left: 20, waitlist: 0 },
    online: { capacity: 30, taken: 0, left: 30, waitlist: 0 },
  },
  onlineUrl: 'https://meet.example/lille',
});

/** What the form below sends, in the contract's shape. */
const EXPECTED = {
  slug: 'atelier-lille-2030',
  format: 'workshop',
  mode: 'hybrid',
  title: { fr: 'Atelier à Lille', en: 'Workshop in Lille' },
  description: { fr: 'Deux heures sur nos outils communs.' },
  themes: ['outils-communs'],
  territory: 'fr-ara',
  place: { name: 'Maison des associations', address: '72 rue Royale, 59000 Lille' },
  startsAt: '2030-07-01T16:00:00.000Z',
  endsAt: '2030-07-01T18:00:00.000Z',
  timeZone: 'Europe/Paris',
  audience: 'members',
  capacity: { in_person: 20, online: 30 },
  waitlist: true,
  allowGuests: true,
  onlineUrl: 'https://meet.example/lille',
  languages: ['fr', 'nl'],
  facilitator: 'Nora Benali',
  referents: ['Jan Peeters', 'Ana Lopes'],
  secretary: 'Lucie Fontaine',
  accessibility: { stepFree: true, signLanguage: false, note: { fr: 'Boucle magnétique dans la salle.' } },
  reminderHours: 48,
};

const field = <E extends HTMLElement = HTMLInputElement>(el: HTMLElement, id: string) => $<E>(el, `#${id}`);
const submit = (el: HTMLElement) => $<HTMLButtonElement>(el, 'form[part~="form"] button[type="submit"]');

async function openForm(el: SipModerationEvents, api: ApiStub): Promise<void> {
  $<HTMLButtonElement>(el, '#create').click();
  await api.idle();
}

/** Fills every field, typing the texts with the keyboard. */
async function fillAll(el: HTMLElement, api: ApiStub): Promise<void> {
  field(el, 'slug').focus();
  await sendKeys({ type: 'atelier-lille-2030' });
  field(el, 'title-fr').focus();
  await sendKeys({ type: 'Atelier à Lille' });
  fill(field(el, 'title-en'), 'Workshop in Lille');
  fill(field<HTMLTextAreaElement>(el, 'description-fr'), '  Deux heures sur nos outils communs. ');
  field(el, 'theme-outils-communs').click();
  field(el, 'language-nl').click();
  fill(field<HTMLSelectElement>(el, 'timeZone'), 'Europe/Paris');
  fill(field(el, 'startsAt'), '2030-07-01T18:00');
  fill(field(el, 'endsAt'), '2030-07-01T20:00');
  fill(field(el, 'reminderHours'), '48');
  fill(field<HTMLSelectElement>(el, 'mode'), 'hybrid');
  await api.idle();
  fill(field<HTMLSelectElement>(el, 'territory'), 'fr-ara');
  fill(field<HTMLSelectElement>(el, 'audience'), 'members');
  fill(field(el, 'place-name'), 'Maison des associations');
  fill(field(el, 'place-address'), '72 rue Royale, 59000 Lille');
  fill(field(el, 'capacity-in_person'), '20');
  fill(field(el, 'capacity-online'), '30');
  field(el, 'allowGuests').click();
  fill(field(el, 'onlineUrl'), 'https://meet.example/lille');
  fill(field(el, 'facilitator'), 'Nora Benali');
  fill(field(el, 'referents-0'), 'Jan Peeters');
  fill(field(el, 'referents-1'), 'Ana Lopes');
  fill(field(el, 'secretary'), 'Lucie Fontaine');
  field(el, 'stepFree').click();
  fill(field(el, 'accessibility-note-fr'), 'Boucle magnétique dans la salle.');
  await api.idle();
}

describe('<sip-moderation-event-form>', () => {
  let api: ApiStub | undefined;
  beforeEach(() => rememberToken());
  afterEach(() => {
    api?.restore();
    forgetSession();
  });

  it('creates an event with every field, times read in its own zone, and opens its page', async () => {
    api = serveEvents([CREATED], { 'POST admin/events': () => jsonResponse(CREATED, 201) });
    const el = await mountEvents(api);
    await openForm(el, api);
    expect((focused() as HTMLElement).id).to.equal('form-heading');
    expect(textOf(focused())).to.equal('Nouvel événement');
    await expect(el).to.be.accessible();

    await fillAll(el, api);
    const saved = oneEvent(el, 'sip-event-save');
    submit(el).click();
    await api.idle();
    const [call] = api.callsTo('POST admin/events');
    expect(call.body).to.deep.equal(EXPECTED);
    expect((await saved).detail.action).to.equal('create');

    expect(textOf($(el, '[part="status"]'))).to.equal('Événement « Atelier à Lille » créé.');
    expect((focused() as HTMLElement).id).to.equal('event-heading');
    expect(textOf($(el, '[part="facts"]')))
      .to.include('1 juillet 2030')
      .and.include('18:00')
      .and.include('(Europe/Paris)')
      .and.include('https://meet.example/lille');
  });

  it('offers Brussels and Paris first among the time zones, and the fields of the chosen mode only', async () => {
    api = serveEvents([]);
    const el = await mountEvents(api);
    await openForm(el, api);
    const zones = all$<HTMLOptionElement>(el, '#timeZone option').map((option) => option.value);
    expect(zones.slice(0, 2)).to.deep.equal(['Europe/Brussels', 'Europe/Paris']);
    expect(zones.length).to.be.above(300);
    expect(all$(el, '#place-name, #capacity-in_person')).to.have.length(2);
    expect(all$(el, '#onlineUrl, #capacity-online')).to.have.length(0);

    fill(field<HTMLSelectElement>(el, 'mode'), 'online');
    await api.idle();
    expect(all$(el, '#place-name, #place-address, #capacity-in_person')).to.have.length(0);
    expect(all$(el, '#onlineUrl, #capacity-online')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('checks the form before sending: messages beside the fields, focus on the first', async () => {
    api = serveEvents([]);
    const el = await mountEvents(api);
    await openForm(el, api);
    submit(el).focus();
    await sendKeys({ press: 'Enter' });
    await api.idle();
    expect(api.callsTo('POST admin/events')).to.have.length(0);
    const invalid = all$(el, '[aria-invalid="true"], [data-invalid]');
    expect(invalid.length).to.be.above(4);
    expect(textOf($(el, '[part="error"]'))).to.equal(
      `${invalid.length} champs sont à corriger, signalés ci-dessous.`,
    );
    expect((focused() as HTMLElement).id).to.equal('slug');
    expect(textOf(field(el, 'slug-error'))).to.equal(
      'De 3 à 64 lettres minuscules, chiffres et tirets simples.',
    );
    expect(field(el, 'slug').getAttribute('aria-describedby')).to.equal('slug-hint slug-error');
    expect(textOf(field(el, 'title-fr-error'))).to.equal(
      'Écrivez ce texte en français (2 000 caractères au plus).',
    );
    await expect(el).to.be.accessible();

    // Typing clears a field's message; what holds across fields is checked once the fields are there.
    await fillAll(el, api);
    expect(field(el, 'slug').getAttribute('aria-invalid')).to.equal('false');
    fill(field(el, 'endsAt'), '2030-07-01T17:00');
    fill(field(el, 'capacity-online'), '');
    submit(el).click();
    await api.idle();
    expect(api.callsTo('POST admin/events')).to.have.length(0);
    expect(textOf(field(el, 'endsAt-error'))).to.equal('Donnez une fin postérieure au début.');
    expect((focused() as HTMLElement).id).to.equal('endsAt');
  });

  it('shows the API’s refusals beside their fields and keeps what was typed', async () => {
    let answer = () =>
      new Response(
        JSON.stringify({
          type: 'about:blank',
          title: 'The request is not valid',
          status: 400,
          code: 'validation_failed',
          issues: [
            { path: 'title.nl', message: 'Invalid length' },
            { path: 'themes.0', message: 'Invalid slug' },
            { path: 'endsAt', message: 'endsAt must come after startsAt' },
          ],
        }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      );
    api = serveEvents([CREATED], { 'POST admin/events': () => answer() });
    const el = await mountEvents(api);
    await openForm(el, api);
    await fillAll(el, api);
    submit(el).click();
    await api.idle();
    expect(textOf($(el, '[part="error"]'))).to.equal('3 champs sont à corriger, signalés ci-dessous.');
    expect(textOf(field(el, 'title-nl-error'))).to.equal('2 000 caractères au plus.');
    expect(textOf(field(el, 'themes-error'))).to.include('Un atelier porte sur un seul thème');
    expect(textOf(field(el, 'endsAt-error'))).to.equal('Donnez une fin postérieure au début.');
    expect((focused() as HTMLElement).id).to.equal('title-nl');
    expect(field(el, 'title-fr').value).to.equal('Atelier à Lille');
    expect(field<HTMLTextAreaElement>(el, 'description-fr').value).to.equal(
      '  Deux heures sur nos outils communs. ',
    );
    await expect(el).to.be.accessible();

    answer = () => problemResponse(409, 'slug_taken');
    submit(el).click();
    await api.idle();
    expect(textOf(field(el, 'slug-error'))).to.equal(
      'Cet identifiant est déjà utilisé. Choisissez-en un autre.',
    );
    expect((focused() as HTMLElement).id).to.equal('slug');

    answer = () => problemResponse(503, 'internal_error');
    submit(el).click();
    await api.idle();
    expect(textOf($(el, '[part="error"]'))).to.equal(
      'Une erreur est survenue de notre côté. Réessayez dans un moment.',
    );
    expect(field(el, 'title-en').value).to.equal('Workshop in Lille');
  });
});
