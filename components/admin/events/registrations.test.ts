import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { jsonResponse, problemResponse, textOf } from '../../internal/test-helpers.ts';
import { $, type ApiStub, all$, forgetSession, rememberToken, TOKEN } from '../test-utils.ts';
import type { SipModerationEvents } from './events.ts';
import { catchDownloads, eventView, inDays, mountEvents, registration, serveEvents } from './test-utils.ts';

const HYBRID = {
  mode: 'hybrid' as const,
  seats: {
    in_person: { capacity: 2, taken: 2, left: 0, waitlist: 2 },
    online: { capacity: 30, taken: 1, left: 29, waitlist: 0 },
  },
  onlineUrl: 'https://meet.example/abc',
};
const UPCOMING = eventView(HYBRID);
const STARTED = eventView({
  ...HYBRID,
  slug: 'atelier-commence',
  startsAt: inDays(0, -1),
  endsAt: inDays(0, 1),
});

/** Two seats in person, two waiting (in line 2 then 1, as registered), one online guest, one who withdrew. */
const REGISTRATIONS = [
  registration(1),
  registration(5, { status: 'waitlisted', position: 2, name: 'Léa Dubois' }),
  registration(2, { name: null, guest: true, role: null, territory: null, hasEmail: true }),
  registration(4, { status: 'waitlisted', position: 1, name: 'Tom Claes', role: 'member' }),
  registration(3, { mode: 'online', name: 'Sam Invité', guest: true, role: 'partner', territory: 'fr-ara' }),
  registration(6, { status: 'cancelled', name: 'Parti·e' }),
  registration(7, { mode: 'online', status: 'pending_confirmation', name: 'Pat Attente', guest: true }),
];

const routes = (slug: string) => ({
  [`GET admin/events/${slug}/registrations`]: () => jsonResponse({ registrations: REGISTRATIONS }),
});

async function openEvent(el: SipModerationEvents, api: ApiStub, slug: string): Promise<HTMLElement> {
  $<HTMLButtonElement>(el, `[data-slug="${slug}"]`).click();
  await api.idle();
  return $(el, 'sip-moderation-event-registrations');
}

const table = (el: HTMLElement, mode: string) =>
  all$(el, `table[data-mode="${mode}"] tbody tr`).map((row) => textOf(row));

describe('<sip-moderation-event-registrations>', () => {
  let api: ApiStub | undefined;
  let catcher: ReturnType<typeof catchDownloads> | undefined;
  beforeEach(() => rememberToken());
  afterEach(() => {
    api?.restore();
    catcher?.restore();
    forgetSession();
  });

  it('lists each mode’s registrations: seats first, then the waitlist in line, guests marked', async () => {
    api = serveEvents([UPCOMING], routes(UPCOMING.slug));
    const el = await mountEvents(api);
    const section = await openEvent(el, api, UPCOMING.slug);
    expect(all$(section, 'caption').map(textOf)).to.deep.equal([
      'En présentiel — 2 / 2 places prises, 2 en liste d’attente',
      'En ligne — 1 / 30 places prises, 0 en liste d’attente',
    ]);
    const inPerson = table(section, 'in_person');
    expect(inPerson).to.have.length(5);
    expect(inPerson[0])
      .to.include('Personne 1')
      .and.include('Confirmée')
      .and.include('Travailleur·euse autonome');
    expect(inPerson[1]).to.include('Inscription 2 (sans nom) sans compte').and.include('Confirmée');
    expect(inPerson[2])
      .to.include('Tom Claes')
      .and.include('En liste d’attente, position 1')
      .and.include('Sociétaire');
    expect(inPerson[3]).to.include('Léa Dubois').and.include('position 2');
    expect(inPerson[4]).to.include('Parti·e').and.include('Annulée');
    const online = table(section, 'online');
    expect(online[0])
      .to.include('Sam Invité sans compte')
      .and.include('Partenaire')
      .and.include('Auvergne-Rhône-Alpes');
    expect(online[1]).to.include('Pat Attente').and.include('En attente de confirmation');
    // Before the event starts, nobody is marked present.
    expect(all$(section, 'input[type="checkbox"]')).to.have.length(0);
    expect(textOf(section.shadowRoot)).to.include(
      'Les présences se notent à partir du début de l’événement.',
    );
    await expect(el).to.be.accessible();
  });

  it('exports the registrants as CSV with the bearer token', async () => {
    catcher = catchDownloads();
    const csv = '\uFEFFnom,modalité,état\nPersonne 1,in_person,confirmed\n';
    api = serveEvents([UPCOMING], {
      ...routes(UPCOMING.slug),
      [`GET admin/events/${UPCOMING.slug}/registrations/export.csv`]: () =>
        new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } }),
    });
    const el = await mountEvents(api);
    const section = await openEvent(el, api, UPCOMING.slug);
    $<HTMLButtonElement>(section, '#export').click();
    await api.idle();
    const [call] = api.callsTo(`GET admin/events/${UPCOMING.slug}/registrations/export.csv`);
    expect(call.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    expect(call.headers.get('Accept')).to.include('text/csv');
    const download = await catcher.downloads[0];
    expect(download.name).to.equal('inscriptions-atelier-bruxelles.csv');
    expect(download.text).to.equal(csv.slice(1));
    expect(textOf($(section, '[part="status"]'))).to.equal('Le fichier est téléchargé.');
  });

  it('with Cloudflare Access, the export is a plain link', async () => {
    api = serveEvents([UPCOMING], routes(UPCOMING.slug));
    const el = await mountEvents(api);
    el.via = 'access';
    const section = await openEvent(el, api, UPCOMING.slug);
    expect($<HTMLAnchorElement>(section, 'a[part="export"]').href).to.equal(
      'https://api.test/api/v1/admin/events/atelier-bruxelles/registrations/export.csv',
    );
  });

  it('marks attendance once the event has started, every confirmed seat in one request', async () => {
    api = serveEvents([STARTED], {
      ...routes(STARTED.slug),
      [`PATCH admin/events/${STARTED.slug}/attendance`]: () => jsonResponse({ updated: 3 }),
    });
    const el = await mountEvents(api);
    const section = await openEvent(el, api, STARTED.slug);
    const boxes = all$<HTMLInputElement>(section, 'input[data-attended]');
    // Only confirmed seats: the waitlisted, the unconfirmed and who withdrew never had one.
    expect(boxes.map((box) => box.dataset.attended)).to.deep.equal(['r1', 'r2', 'r3']);
    expect(boxes.map((box) => box.getAttribute('aria-label'))).to.deep.equal([
      'Personne 1 était présent·e',
      'Inscription 2 (sans nom) était présent·e',
      'Sam Invité était présent·e',
    ]);
    await expect(el).to.be.accessible();

    boxes[0].focus();
    await sendKeys({ press: 'Space' });
    boxes[2].click();
    const saved = oneEvent(el, 'sip-attendance');
    $<HTMLButtonElement>(section, '#save-attendance').click();
    await api.idle();
    const calls = api.callsTo(`PATCH admin/events/${STARTED.slug}/attendance`);
    expect(calls).to.have.length(1);
    expect(calls[0].body).to.deep.equal({
      attendance: [
        { registration: 'r1', attended: true },
        { registration: 'r2', attended: false },
        { registration: 'r3', attended: true },
      ],
    });
    expect((await saved).detail).to.deep.equal({ slug: STARTED.slug, present: 2, marked: 3 });
    expect(textOf($(section, '[part="status"]'))).to.equal('Présences enregistrées : 2 sur 3.');
  });

  it('shows attendance as saved before, and says why saving failed', async () => {
    api = serveEvents([STARTED], {
      [`GET admin/events/${STARTED.slug}/registrations`]: () =>
        jsonResponse({
          registrations: [registration(1, { attended: true }), registration(2, { attended: false })],
        }),
      [`PATCH admin/events/${STARTED.slug}/attendance`]: () => problemResponse(503, 'internal_error'),
    });
    const el = await mountEvents(api);
    const section = await openEvent(el, api, STARTED.slug);
    expect(all$<HTMLInputElement>(section, 'input[data-attended]').map((box) => box.checked)).to.deep.equal([
      true,
      false,
    ]);
    $<HTMLButtonElement>(section, '#save-attendance').click();
    await api.idle();
    expect(textOf($(section, '[role="alert"]'))).to.equal(
      'Une erreur est survenue de notre côté. Réessayez dans un moment.',
    );
  });

  it('says when nobody has registered yet', async () => {
    api = serveEvents([UPCOMING]);
    const el = await mountEvents(api);
    const section = await openEvent(el, api, UPCOMING.slug);
    expect(textOf(section.shadowRoot)).to.include('Personne n’est encore inscrit.');
  });
});
