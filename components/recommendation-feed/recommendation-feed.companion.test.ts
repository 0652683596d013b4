/**
 * `<sip-recommendation-feed>` on a page that also defines
 * `<sip-event-calendar>`: an event the recommendation draws on opens in
 * place in that element (its minutes and who came), with the feed's API,
 * identity and language. In a file of its own: the other detail tests need
 * a page where `<sip-event-calendar>` is not defined.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as v from 'valibot';
import { EventView } from '../../schema/events.ts';
import { pastWorkshop } from '../event-calendar/test-utils.ts';
import { type FetchStub, jsonResponse, problemResponse, textOf } from '../internal/test-helpers.ts';
import '../event-calendar/event-calendar.ts';
import { $$, API, mountFeed, stubFeedApi } from './test-utils.ts';

describe('<sip-recommendation-feed> with <sip-event-calendar> on the page', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('opens an event source in place in <sip-event-calendar event=…>, with its minutes and attendance', async () => {
    const workshop = v.parse(EventView, pastWorkshop({ slug: 'atelier-liege' }));
    stub = stubFeedApi({
      other: (call) =>
        call.url.pathname.endsWith('/events/atelier-liege')
          ? jsonResponse(workshop)
          : problemResponse(404, 'event_not_found'),
    });
    const el = await mountFeed('recommendation="statut-unique-1" token-url="/sip-token-test" lang="fr"');
    const [, event] = $$(el, '[part="source"]');
    const toggle = event.querySelector<HTMLButtonElement>('button');
    expect(textOf(toggle)).to.equal('Atelier à Liège');
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    toggle?.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
    const calendar = event.querySelector('sip-event-calendar');
    expect(calendar?.getAttribute('event')).to.equal('atelier-liege');
    expect(calendar?.api).to.equal(API);
    expect(calendar?.tokenUrl).to.equal('/sip-token-test');
    expect(event.querySelector('.companion')?.id).to.equal(toggle?.getAttribute('aria-controls'));
    await waitUntil(() => calendar?.shadowRoot?.querySelector('[part="minutes"]'), 'the minutes show');
    const minutes = calendar?.shadowRoot?.querySelector('[part="minutes"]');
    expect(textOf(minutes)).to.include('Premier point : les publics.');
    expect(textOf(minutes)).to.include('14 participant·es');
    expect(stub.calls.some((call) => call.url.pathname.endsWith('/api/v1/events/atelier-liege'))).to.be.true;
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(event.querySelector('sip-event-calendar')).to.be.null;
  });
});
