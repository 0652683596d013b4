import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { jsonResponse, problemResponse, textOf } from '../../internal/test-helpers.ts';
import { $, type ApiStub, all$, focused, forgetSession, rememberToken } from '../test-utils.ts';
import type { SipModerationEvents } from './events.ts';
import { eventView, fill, inDays, mountEvents, serveEvents } from './test-utils.ts';

const PAST = eventView({ slug: 'atelier-passe', startsAt: inDays(-3), endsAt: inDays(-3, 2) });
const PUBLISHED = eventView({
  ...PAST,
  sequence: 1,
  minutes: {
    text: { fr: 'Nous avons parlé des outils.', en: 'We talked about the tools.' },
    publishedAt: inDays(0, -1),
    attendees: {
      total: 14,
      byRole: [
        { role: 'freelancer', count: 9 },
        { role: 'member', count: 3 },
        { role: 'anonymous', count: 2 },
      ],
      byTerritory: [
        { territory: 'be-bru', count: 12 },
        { territory: 'fr-ara', count: 2 },
      ],
    },
  },
});

async function openMinutes(el: SipModerationEvents, api: ApiStub, slug: string): Promise<HTMLElement> {
  // Past events are one choice away.
  const period = $<HTMLSelectElement>(el, '#period');
  fill(period, 'past');
  await api.idle();
  $<HTMLButtonElement>(el, `[data-slug="${slug}"]`).click();
  await api.idle();
  return $(el, 'sip-moderation-event-minutes');
}

/** A figures table's rows, cell by cell. */
const cells = (figures: HTMLElement, by: 'role' | 'territory') =>
  all$(figures, `table[data-figures="${by}"] tbody tr`).map((row) => [...row.children].map(textOf));

describe('<sip-moderation-event-minutes>', () => {
  let api: ApiStub | undefined;
  beforeEach(() => rememberToken());
  afterEach(() => {
    api?.restore();
    forgetSession();
  });

  it('publishes the secretary’s minutes after the event, then shows who came by role and territory', async () => {
    api = serveEvents([PAST], { 'PUT admin/events/atelier-passe/minutes': () => jsonResponse(PUBLISHED) });
    const el = await mountEvents(api);
    const minutes = await openMinutes(el, api, PAST.slug);
    expect(all$(minutes, 'textarea').map((area) => area.id)).to.deep.equal([
      'minutes-fr',
      'minutes-nl',
      'minutes-en',
    ]);
    expect(all$(minutes, 'label').map(textOf)[1]).to.equal('Compte rendu (néerlandais, facultatif)');
    await expect(el).to.be.accessible();

    // French is required: nothing is sent without it.
    $<HTMLButtonElement>(minutes, 'button[type="submit"]').click();
    await api.idle();
    expect(api.callsTo('PUT admin/events/atelier-passe/minutes')).to.have.length(0);
    expect((focused() as HTMLElement).id).to.equal('minutes-fr');
    expect(textOf($(minutes, '#minutes-fr-error'))).to.equal(
      'Écrivez le compte rendu en français (20 000 caractères au plus).',
    );

    await sendKeys({ type: 'Nous avons parlé des outils.' });
    expect($(minutes, '#minutes-fr').getAttribute('aria-invalid')).to.equal('false');
    fill($<HTMLTextAreaElement>(minutes, '#minutes-en'), 'We talked about the tools.');
    const published = oneEvent(el, 'sip-minutes');
    $<HTMLButtonElement>(minutes, 'button[type="submit"]').click();
    await api.idle();
    expect(api.callsTo('PUT admin/events/atelier-passe/minutes')[0].body).to.deep.equal({
      text: { fr: 'Nous avons parlé des outils.', en: 'We talked about the tools.' },
    });
    expect((await published).detail.event.minutes?.attendees.total).to.equal(14);
    expect(textOf($(minutes, '[part="status"]'))).to.equal('Compte rendu publié.');
    const figures = $(minutes, '[part="figures"]');
    expect(textOf(figures)).to.include('Présent·es — 14 personnes présentes');
    expect(cells(figures, 'role')).to.deep.equal([
      ['Travailleur·euse autonome', '9'],
      ['Sociétaire', '3'],
      ['Sans compte', '2'],
    ]);
    expect(cells(figures, 'territory')).to.deep.equal([
      ['Bruxelles', '12'],
      ['Auvergne-Rhône-Alpes', '2'],
    ]);
    expect(textOf($(minutes, 'button[type="submit"]'))).to.equal('Publier la nouvelle version');
    await expect(el).to.be.accessible();
  });

  it('shows published minutes in the text areas, to publish a corrected version', async () => {
    api = serveEvents([PUBLISHED], {
      'PUT admin/events/atelier-passe/minutes': () =>
        new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'The request is not valid',
            status: 400,
            code: 'validation_failed',
            issues: [{ path: 'text.nl', message: 'Invalid length' }],
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    const el = await mountEvents(api);
    const minutes = await openMinutes(el, api, PUBLISHED.slug);
    expect($<HTMLTextAreaElement>(minutes, '#minutes-fr').value).to.equal('Nous avons parlé des outils.');
    expect($<HTMLTextAreaElement>(minutes, '#minutes-en').value).to.equal('We talked about the tools.');
    fill($<HTMLTextAreaElement>(minutes, '#minutes-nl'), 'We spraken over de tools.');
    $<HTMLButtonElement>(minutes, 'button[type="submit"]').click();
    await api.idle();
    expect(textOf($(minutes, '#minutes-nl-error'))).to.equal('20 000 caractères au plus.');
    expect((focused() as HTMLElement).id).to.equal('minutes-nl');
    expect($<HTMLTextAreaElement>(minutes, '#minutes-nl').value).to.equal('We spraken over de tools.');
  });

  it('waits for the event to be over', async () => {
    const upcoming = eventView();
    api = serveEvents([upcoming]);
    const el = await mountEvents(api);
    $<HTMLButtonElement>(el, `[data-slug="${upcoming.slug}"]`).click();
    await api.idle();
    const minutes = $(el, 'sip-moderation-event-minutes');
    expect(textOf(minutes.shadowRoot)).to.include('Le compte rendu se publie une fois l’événement terminé.');
    expect(all$(minutes, 'textarea')).to.have.length(0);
  });

  it('says why publishing failed', async () => {
    api = serveEvents([PAST], {
      'PUT admin/events/atelier-passe/minutes': () => problemResponse(403, 'admin_forbidden'),
    });
    const el = await mountEvents(api);
    const minutes = await openMinutes(el, api, PAST.slug);
    fill($<HTMLTextAreaElement>(minutes, '#minutes-fr'), 'Compte rendu.');
    $<HTMLButtonElement>(minutes, 'button[type="submit"]').click();
    await api.idle();
    expect(textOf($(minutes, '[role="alert"]'))).to.equal('Votre rôle ne permet pas cette action.');
    expect($<HTMLTextAreaElement>(minutes, '#minutes-fr').value).to.equal('Compte rendu.');
  });
});
