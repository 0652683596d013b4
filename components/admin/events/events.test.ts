import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { jsonResponse, problemResponse, textOf } from '../../internal/test-helpers.ts';
import {
  $,
  type ApiStub,
  all$,
  focused,
  forgetSession,
  MODERATOR,
  mountApp,
  rememberToken,
  serveApi,
} from '../test-utils.ts';
import { eventList, eventView, inDays, mountEvents, serveEvents } from './test-utils.ts';

const UPCOMING = eventView();
const HYBRID = eventView({
  slug: 'causerie-en-ligne',
  format: 'small_talk',
  mode: 'hybrid',
  title: { fr: 'Petite causerie : coopérer à distance' },
  themes: [],
  startsAt: inDays(20),
  endsAt: inDays(20, 1),
  seats: {
    in_person: { capacity: 12, taken: 12, left: 0, waitlist: 0 },
    online: { capacity: 50, taken: 7, left: 43, waitlist: 0 },
  },
  onlineUrl: 'https://meet.example/cooperer',
});
const PAST = eventView({ slug: 'atelier-passe', startsAt: inDays(-30), endsAt: inDays(-30, 2) });

const rows = (el: HTMLElement) => all$(el, 'tbody tr[part~="event"]').map(textOf);

describe('<sip-moderation-events> list', () => {
  let api: ApiStub | undefined;
  beforeEach(() => rememberToken());
  afterEach(() => {
    api?.restore();
    forgetSession();
  });

  it('is in the organisers’ navigation, beside the log; moderators do not have it', async () => {
    api = serveEvents([UPCOMING, HYBRID]);
    const el = await mountApp(api);
    expect(all$(el, 'nav a').map(textOf)).to.deep.equal(['Journal et exports', 'Événements']);
    $<HTMLAnchorElement>(el, 'nav a[href="#events"]').click();
    await api.idle();
    // The page moves focus to the view's heading, so a screen reader says where the organiser landed.
    expect((focused() as HTMLElement).id).to.equal('events-heading');
    expect(textOf(focused())).to.equal('Événements');
    expect(api.callsTo('GET admin/events')[0].url.searchParams.get('when')).to.equal('upcoming');
    await expect(el).to.be.accessible();
    api.restore();

    forgetSession();
    rememberToken();
    api = serveApi({ 'GET admin/me': () => jsonResponse(MODERATOR) });
    const moderator = await mountApp(api);
    expect(all$(moderator, 'nav a').map(textOf)).to.deep.equal(['File de modération', 'Journal et exports']);
    expect(all$(moderator, 'sip-moderation-events')).to.have.length(0);
  });

  it('lists upcoming events soonest first, with seats taken and left per mode and the waitlist', async () => {
    api = serveEvents([UPCOMING, HYBRID]);
    const el = await mountEvents(api);
    const [workshop, talk] = rows(el);
    expect(workshop)
      .to.include('Atelier : nos outils communs')
      .and.include('Atelier')
      .and.include('Bruxelles, Bruxelles · En présentiel')
      .and.include('En présentiel : 18 / 20 prises, 2 libres')
      .and.include('3 en liste d’attente')
      .and.include('(Europe/Brussels)');
    expect(talk)
      .to.include('Petite causerie')
      .and.include('Hybride')
      .and.include('En présentiel : 12 / 12 prises, 0 libre')
      .and.include('En ligne : 7 / 50 prises, 43 libres')
      .and.not.include('liste d’attente');
    expect(textOf($(el, 'caption'))).to.equal('Événements à venir, les plus proches d’abord');
    await expect(el).to.be.accessible();
  });

  it('reaches past events, latest first, and says when there are none', async () => {
    api = serveEvents([UPCOMING, PAST]);
    const el = await mountEvents(api);
    fillPeriod(el, 'past');
    await api.idle();
    expect(api.callsTo('GET admin/events').map((call) => call.url.searchParams.get('when'))).to.deep.equal([
      'upcoming',
      'past',
    ]);
    expect(rows(el)).to.have.length(1);
    expect(rows(el)[0]).to.include('Atelier : nos outils communs');
    expect(textOf($(el, 'caption'))).to.equal('Événements passés, les plus récents d’abord');

    api.restore();
    api = serveEvents([UPCOMING]);
    fillPeriod(el, 'upcoming');
    await api.idle();
    fillPeriod(el, 'past');
    await api.idle();
    expect(textOf(el.shadowRoot)).to.include('Aucun événement passé.');
  });

  it('shows a cancelled event as cancelled', async () => {
    api = serveEvents([eventView({ status: 'cancelled' })]);
    const el = await mountEvents(api);
    expect(textOf($(el, '.badge.cancelled'))).to.equal('Annulé');
  });

  it('loads the next page with the cursor and carries on reading where it starts', async () => {
    const later = eventView({
      slug: 'atelier-lyon',
      title: { fr: 'Atelier à Lyon' },
      startsAt: inDays(40),
      endsAt: inDays(40, 2),
    });
    api = serveEvents([], {
      'GET admin/events': (call) =>
        jsonResponse(
          call.url.searchParams.get('cursor') === 'page-2'
            ? eventList([later])
            : eventList([UPCOMING], 'page-2'),
        ),
    });
    const el = await mountEvents(api);
    const more = all$<HTMLButtonElement>(el, 'button').find(
      (button) => textOf(button) === 'Afficher la suite',
    );
    more?.click();
    await api.idle();
    expect(api.callsTo('GET admin/events')[1].url.searchParams.get('cursor')).to.equal('page-2');
    expect(rows(el)).to.have.length(2);
    expect((focused() as HTMLElement).dataset.slug).to.equal('atelier-lyon');
    expect(textOf($(el, '[part="status"]'))).to.equal('2 événements affichés');
    expect(all$(el, 'button').map(textOf)).not.to.include('Afficher la suite');
  });

  it('opens an event on its own page with the keyboard, and Back returns to its row', async () => {
    api = serveEvents([UPCOMING, HYBRID]);
    const el = await mountEvents(api);
    $<HTMLButtonElement>(el, '[data-slug="causerie-en-ligne"]').focus();
    await sendKeys({ press: 'Enter' });
    await api.idle();
    expect(api.callsTo('GET admin/events/causerie-en-ligne')).to.have.length(1);
    const heading = focused() as HTMLElement;
    expect(heading.id).to.equal('event-heading');
    expect(textOf(heading)).to.equal('Petite causerie : coopérer à distance');

    $<HTMLButtonElement>(el, '#back').click();
    await api.idle();
    expect((focused() as HTMLElement).dataset.slug).to.equal('causerie-en-ligne');
    // The list is read again: it says what changed meanwhile.
    expect(api.callsTo('GET admin/events')).to.have.length(2);
  });

  it('says why the list could not load, and tries again', async () => {
    let fail = true;
    api = serveEvents([UPCOMING], {
      'GET admin/events': () =>
        fail ? problemResponse(403, 'admin_forbidden') : jsonResponse(eventList([UPCOMING])),
    });
    const el = await mountEvents(api);
    expect(textOf($(el, '[role="alert"]'))).to.equal('Votre rôle ne permet pas cette action.');
    fail = false;
    all$<HTMLButtonElement>(el, 'button')
      .find((button) => textOf(button) === 'Réessayer')
      ?.click();
    await api.idle();
    expect(rows(el)).to.have.length(1);
  });
});

function fillPeriod(el: HTMLElement, period: 'upcoming' | 'past'): void {
  const select = $<HTMLSelectElement>(el, '#period');
  select.value = period;
  select.dispatchEvent(new Event('change'));
}
