import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { jsonResponse, problemResponse, textOf } from '../../internal/test-helpers.ts';
import { $, type ApiStub, all$, focused, forgetSession, rememberToken } from '../test-utils.ts';
import type { SipModerationEvents } from './events.ts';
import { eventView, fill, mountEvents, serveEvents } from './test-utils.ts';

const EVENT = eventView({
  startsAt: '2030-03-12T17:00:00.000Z',
  endsAt: '2030-03-12T19:00:00.000Z',
  sequence: 2,
});

async function openEvent(el: SipModerationEvents, api: ApiStub, slug = EVENT.slug): Promise<void> {
  $<HTMLButtonElement>(el, `[data-slug="${slug}"]`).click();
  await api.idle();
}

const field = <E extends HTMLElement = HTMLInputElement>(el: HTMLElement, id: string) => $<E>(el, `#${id}`);
/** The first match in the event's page itself (not in its registrations or minutes). */
const inEvent = (el: HTMLElement, selector: string) =>
  $(el, 'sip-moderation-event').shadowRoot?.querySelector(selector) ?? null;
const button = (el: HTMLElement, label: string) =>
  all$<HTMLButtonElement>(el, 'button').find((candidate) => textOf(candidate) === label) as HTMLButtonElement;

describe('<sip-moderation-event>', () => {
  let api: ApiStub | undefined;
  beforeEach(() => rememberToken());
  afterEach(() => {
    api?.restore();
    forgetSession();
  });

  it('shows the event’s facts, in its own time zone', async () => {
    api = serveEvents([EVENT]);
    const el = await mountEvents(api);
    await openEvent(el, api);
    const facts = textOf($(el, '[part="facts"]'));
    expect(facts)
      .to.include('12 mars 2030')
      .and.include('18:00')
      .and.include('20:00')
      .and.include('(Europe/Brussels)')
      .and.include('Nos outils communs')
      .and.include('La Vallée, Rue Adolphe Lavallée 39, 1080 Bruxelles')
      .and.include('En présentiel : 18 / 20 prises, 2 libres')
      .and.include('Nora Benali')
      .and.include('Jan Peeters')
      .and.include('Lucie Fontaine')
      .and.include('Accès de plain-pied')
      .and.include('Rappel aux personnes inscrites24 heures avant le début');
    await expect(el).to.be.accessible();
  });

  it('edits the event, sending only what changed, and says so', async () => {
    const edited = eventView({
      ...EVENT,
      title: { ...EVENT.title, nl: 'Workshop: onze tools' },
      sequence: 3,
    });
    api = serveEvents([EVENT], { 'PATCH admin/events/atelier-bruxelles': () => jsonResponse(edited) });
    const el = await mountEvents(api);
    await openEvent(el, api);
    $<HTMLButtonElement>(el, '#edit').click();
    await api.idle();
    expect(textOf(focused())).to.equal('Modifier « Atelier : nos outils communs »');
    expect(all$(el, '#slug')).to.have.length(0);
    expect(field(el, 'title-fr').value).to.equal('Atelier : nos outils communs');
    expect(field(el, 'startsAt').value).to.equal('2030-03-12T18:00');
    expect(field(el, 'endsAt').value).to.equal('2030-03-12T20:00');
    expect(field(el, 'capacity-in_person').value).to.equal('20');
    expect(field(el, 'theme-outils-communs').checked).to.be.true;
    expect(textOf($(el, 'form[part~="form"]'))).to.include(
      'Les personnes inscrites sont prévenues de tout changement d’horaire, de lieu ou de modalité.',
    );
    await expect(el).to.be.accessible();

    // Nothing changed: nothing is sent.
    $<HTMLButtonElement>(el, 'form[part~="form"] button[type="submit"]').click();
    await api.idle();
    expect(api.callsTo('PATCH admin/events/atelier-bruxelles')).to.have.length(0);
    expect(textOf($(el, 'form[part~="form"] [part="status"]'))).to.equal(
      'Rien n’a changé : aucune modification envoyée.',
    );

    fill(field(el, 'title-nl'), 'Workshop: onze tools');
    fill(field(el, 'endsAt'), '2030-03-12T20:30');
    const saved = oneEvent(el, 'sip-event-save');
    $<HTMLButtonElement>(el, 'form[part~="form"] button[type="submit"]').click();
    await api.idle();
    expect(api.callsTo('PATCH admin/events/atelier-bruxelles')[0].body).to.deep.equal({
      title: {
        fr: 'Atelier : nos outils communs',
        nl: 'Workshop: onze tools',
        en: 'Workshop: our shared tools',
      },
      endsAt: '2030-03-12T19:30:00.000Z',
    });
    expect((await saved).detail.action).to.equal('edit');
    expect((focused() as HTMLElement).id).to.equal('event-heading');
    expect(textOf(inEvent(el, '[part="status"]'))).to.equal(
      'Modifications de « Atelier : nos outils communs » enregistrées.',
    );
  });

  it('says beside the seats when an edit would leave registrants without one', async () => {
    api = serveEvents([EVENT], {
      'PATCH admin/events/atelier-bruxelles': () => problemResponse(409, 'event_has_registrations'),
    });
    const el = await mountEvents(api);
    await openEvent(el, api);
    $<HTMLButtonElement>(el, '#edit').click();
    await api.idle();
    fill(field(el, 'capacity-in_person'), '10');
    $<HTMLButtonElement>(el, 'form[part~="form"] button[type="submit"]').click();
    await api.idle();
    expect(api.callsTo('PATCH admin/events/atelier-bruxelles')[0].body).to.deep.equal({
      capacity: { in_person: 10 },
    });
    expect(textOf(field(el, 'capacity-error'))).to.include(
      'Des personnes inscrites n’auraient plus de place',
    );
    expect((focused() as HTMLElement).id).to.equal('capacity-in_person');
    expect(field(el, 'capacity-in_person').value).to.equal('10');

    // Leaving the form without saving: back to the page, focus on the button that opened it.
    button(el, 'Annuler').click();
    await api.idle();
    expect((focused() as HTMLElement).id).to.equal('edit');
  });

  it('duplicates the event with a new slug and start, then opens the copy', async () => {
    const copy = eventView({
      ...EVENT,
      slug: 'atelier-bruxelles-avril',
      startsAt: '2030-04-09T16:00:00.000Z',
      endsAt: '2030-04-09T18:00:00.000Z',
      seats: { in_person: { capacity: 20, taken: 0, left: 20, waitlist: 0 } },
    });
    let answer = () => problemResponse(409, 'slug_taken');
    api = serveEvents([EVENT, copy], { 'POST admin/events/atelier-bruxelles/duplicate': () => answer() });
    const el = await mountEvents(api);
    await openEvent(el, api);
    $<HTMLButtonElement>(el, '#duplicate').click();
    await api.idle();
    expect((focused() as HTMLElement).id).to.equal('duplicate-slug');
    expect(field(el, 'duplicate-slug').value).to.equal('atelier-bruxelles-copie');
    expect(field(el, 'duplicate-start').value).to.equal('2030-03-12T18:00');
    expect($(el, '#duplicate').getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();

    fill(field(el, 'duplicate-slug'), 'Pas un slug');
    fill(field(el, 'duplicate-start'), '');
    await sendKeys({ press: 'Enter' });
    await api.idle();
    expect(api.callsTo('POST admin/events/atelier-bruxelles/duplicate')).to.have.length(0);
    expect(textOf(field(el, 'duplicate-slug-error'))).to.equal(
      'De 3 à 64 lettres minuscules, chiffres et tirets simples.',
    );
    expect(textOf(field(el, 'duplicate-start-error'))).to.equal('Donnez la date et l’heure du début.');

    fill(field(el, 'duplicate-slug'), 'atelier-bruxelles-avril');
    fill(field(el, 'duplicate-start'), '2030-04-09T18:00');
    field(el, 'duplicate-slug').focus();
    await sendKeys({ press: 'Enter' });
    await api.idle();
    expect(api.callsTo('POST admin/events/atelier-bruxelles/duplicate')[0].body).to.deep.equal({
      slug: 'atelier-bruxelles-avril',
      startsAt: '2030-04-09T16:00:00.000Z',
    });
    expect(textOf(field(el, 'duplicate-slug-error'))).to.equal(
      'Cet identifiant est déjà utilisé. Choisissez-en un autre.',
    );
    expect((focused() as HTMLElement).id).to.equal('duplicate-slug');

    answer = () => jsonResponse(copy, 201);
    const saved = oneEvent(el, 'sip-event-save');
    $<HTMLButtonElement>(el, '[part~="duplicate"] button[type="submit"]').click();
    await api.idle();
    expect((await saved).detail).to.deep.include({ action: 'duplicate' });
    expect(api.callsTo('GET admin/events/atelier-bruxelles-avril')).to.have.length(1);
    expect(textOf(el.shadowRoot?.querySelector('[part="status"]'))).to.equal(
      'Copie de « Atelier : nos outils communs » créée.',
    );
    expect((focused() as HTMLElement).id).to.equal('event-heading');
    expect(textOf($(el, '[part="facts"]'))).to.include('9 avril 2030');
    expect(all$(el, '[part~="duplicate"]')).to.have.length(0);
  });

  it('cancels only once confirmed, says who will be told, and Escape keeps the event', async () => {
    const cancelled = eventView({ ...EVENT, status: 'cancelled', sequence: 3 });
    api = serveEvents([EVENT], {
      'POST admin/events/atelier-bruxelles/cancel': () => jsonResponse(cancelled),
    });
    const el = await mountEvents(api);
    await openEvent(el, api);
    $<HTMLButtonElement>(el, '#cancel').click();
    await api.idle();
    expect((focused() as HTMLElement).id).to.equal('cancel-heading');
    expect(textOf($(el, '[part~="cancel"]'))).to.include(
      'Les 21 personnes inscrites (listes d’attente comprises) seront prévenues.',
    );
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await api.idle();
    expect(all$(el, '[part~="cancel"]')).to.have.length(0);
    expect((focused() as HTMLElement).id).to.equal('cancel');
    expect(api.callsTo('POST admin/events/atelier-bruxelles/cancel')).to.have.length(0);

    $<HTMLButtonElement>(el, '#cancel').click();
    await api.idle();
    field<HTMLTextAreaElement>(el, 'cancel-reason').focus();
    await sendKeys({ type: 'La salle est indisponible.' });
    const event = oneEvent(el, 'sip-event-cancel');
    $<HTMLButtonElement>(el, '#cancel-confirm').click();
    await api.idle();
    expect(api.callsTo('POST admin/events/atelier-bruxelles/cancel')[0].body).to.deep.equal({
      reason: 'La salle est indisponible.',
    });
    expect((await event).detail.event.status).to.equal('cancelled');
    expect(textOf($(el, '#event-heading'))).to.include('Annulé');
    expect(textOf(inEvent(el, '[part="status"]'))).to.equal(
      'Événement « Atelier : nos outils communs » annulé. Les personnes inscrites seront prévenues.',
    );
    expect(all$(el, '#cancel, #edit')).to.have.length(0);
    expect(textOf($(el, 'sip-moderation-event-minutes').shadowRoot)).to.include(
      'Un événement annulé n’a pas de compte rendu.',
    );
    // Its registrations are read again: the event's sequence rose.
    expect(api.callsTo('GET admin/events/atelier-bruxelles/registrations')).to.have.length(2);
  });

  it('says when the event is gone', async () => {
    api = serveEvents([EVENT], {
      'GET admin/events/atelier-bruxelles': () => problemResponse(404, 'event_not_found'),
    });
    const el = await mountEvents(api);
    await openEvent(el, api);
    expect(textOf(inEvent(el, '[role="alert"]'))).to.equal(
      'Cet événement est introuvable. Il a peut-être été supprimé.',
    );
    await expect(el).to.be.accessible();
  });
});
