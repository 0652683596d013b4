import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PollView } from '../../schema/polls.ts';
import { anonymousId } from '../internal/identity.ts';
import {
  type FetchStub,
  fakeToken,
  jsonResponse,
  memberClaims,
  problemResponse,
  type RecordedCall,
  stubFetch,
  textOf,
  whenSettled,
} from '../internal/test-helpers.ts';
import type { SipPoll } from './poll.ts';
import { ballot, motionPoll, multiplePoll, singlePoll } from './test-utils.ts';
import './poll.ts';

const API = 'https://api.test/api/v1/';

/** The API as the widget sees it: GET answers `view`, a ballot answers `afterVote(choices)`. */
function serve(view: PollView, afterVote: (call: RecordedCall) => Response): FetchStub {
  return stubFetch((call) => (call.method === 'POST' ? afterVote(call) : jsonResponse(view)));
}

function mount(view: PollView, attributes = '') {
  return whenSettled(() =>
    fixture<SipPoll>(`<sip-poll poll="${view.slug}" api="${API}" ${attributes}></sip-poll>`),
  );
}

const choicesOf = (call: RecordedCall) => (call.body as { choices: string[] }).choices;
const $ = <E extends Element = HTMLElement>(el: SipPoll, selector: string) =>
  el.shadowRoot?.querySelector<E>(selector) ?? null;
const radios = (el: SipPoll) => [...(el.shadowRoot?.querySelectorAll<HTMLInputElement>('input') ?? [])];

const motionResults = {
  ballots: 12,
  options: [
    { key: 'for', votes: 9 },
    { key: 'against', votes: 2 },
    { key: 'abstain', votes: 1 },
  ],
  byRole: [],
};

describe('<sip-poll> voting', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('votes with the keyboard, fires sip-vote and shows the results', async () => {
    stub = serve(motionPoll(), (call) =>
      jsonResponse(
        motionPoll({
          myBallot: ballot(choicesOf(call)),
          results: motionResults,
          eligibility: { canVote: false, reason: 'ballot_already_cast' },
        }),
      ),
    );
    const el = await mount(motionPoll());
    await expect(el).to.be.accessible();

    radios(el)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radios(el).map((radio) => radio.checked)).to.deep.equal([false, true, false]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot?.activeElement).to.equal($(el, '[part="submit"]'));
    const voted = oneEvent(el, 'sip-vote');
    await sendKeys({ press: 'Enter' });
    const { detail } = await voted;
    await el.updateComplete;

    const post = stub.calls[1];
    expect(post.method).to.equal('POST');
    expect(post.url.href).to.equal(`${API}polls/deploiement-france/ballot`);
    expect(post.headers.get('Content-Type')).to.equal('application/json');
    expect(post.body).to.deep.equal({ choices: ['against'] });
    expect(detail.choices).to.deep.equal(['against']);
    expect(detail.poll.myBallot?.choices).to.deep.equal(['against']);

    await expect(el).to.be.accessible();
    expect($(el, 'form')).to.be.null;
    expect(textOf($(el, '.my-ballot ul'))).to.equal('Contre');
    expect(el.shadowRoot?.activeElement).to.equal($(el, '.my-ballot'));
    expect(textOf($(el, '.visually-hidden[role="status"]'))).to.equal('Merci, votre vote a été enregistré.');
    expect(textOf($(el, '.turnout'))).to.equal('Participation : 12 votes');
    expect(textOf($(el, '.tally-figures'))).to.match(/^75\s%\s\(9 votes\)$/);
    expect($(el, '.change')).to.be.null;
  });

  it('asks for a choice before calling the API', async () => {
    stub = serve(motionPoll(), () => jsonResponse(motionPoll()));
    const el = await mount(motionPoll());
    ($(el, '[part="submit"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(textOf($(el, '[role="alert"]'))).to.equal('Choisissez au moins une réponse avant de voter.');
    expect(stub.calls).to.have.length(1);
  });

  it('changes a vote when the poll allows it', async () => {
    const view = multiplePoll({ myBallot: ballot(['cotisation']) });
    stub = serve(view, (call) => jsonResponse(multiplePoll({ myBallot: ballot(choicesOf(call)) })));
    const el = await mount(view);
    await expect(el).to.be.accessible();
    expect(textOf($(el, '.my-ballot ul'))).to.equal('La contribution de 8,5 %');

    ($(el, '.change') as HTMLButtonElement).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(radios(el).map((box) => box.checked)).to.deep.equal([true, false, false, false]);
    expect(el.shadowRoot?.activeElement).to.equal(radios(el)[0]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;

    const voted = oneEvent(el, 'sip-vote');
    ($(el, '[part="submit"]') as HTMLButtonElement).click();
    expect((await voted).detail.choices).to.deep.equal(['cotisation', 'gouvernance']);
    await el.updateComplete;
    expect([...(el.shadowRoot?.querySelectorAll('.my-ballot li') ?? [])].map(textOf)).to.deep.equal([
      'La contribution de 8,5 %',
      'La gouvernance partagée',
    ]);
  });

  it('cancels a change and keeps the recorded ballot', async () => {
    const view = multiplePoll({ myBallot: ballot(['outils']) });
    stub = serve(view, () => jsonResponse(view));
    const el = await mount(view);
    ($(el, '.change') as HTMLButtonElement).click();
    await el.updateComplete;
    radios(el)[0].click();
    ($(el, 'button.secondary') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(textOf($(el, '.my-ballot ul'))).to.equal('Les outils en ligne');
    expect(el.shadowRoot?.activeElement).to.equal($(el, '.change'));
    expect(stub.calls).to.have.length(1);
  });

  it('keeps the selection and explains a refused ballot in the visitor’s language', async () => {
    stub = serve(singlePoll(), () => problemResponse(429, 'rate_limited'));
    const el = await mount(singlePoll(), 'lang="nl"');
    radios(el)[2].click();
    const failed = oneEvent(el, 'sip-error');
    ($(el, '[part="submit"]') as HTMLButtonElement).click();
    expect((await failed).detail).to.deep.equal({ status: 429, code: 'rate_limited' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(textOf($(el, '[role="alert"]'))).to.equal(
      'Te veel verzoeken in korte tijd. Wacht even en probeer opnieuw.',
    );
    expect(radios(el).map((radio) => radio.checked)).to.deep.equal([false, false, true]);
    expect($(el, '[part="submit"]')).to.exist;
  });
});

describe('<sip-poll> identity', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('reads without identity until this browser votes, then sends the anonymous id', async () => {
    localStorage.removeItem('sip:voted');
    const view = singlePoll();
    stub = serve(view, (call) => jsonResponse(singlePoll({ myBallot: ballot(choicesOf(call)) })));
    const el = await mount(view);
    const [firstRead] = stub.calls;
    expect(firstRead.headers.has('Sip-Participant'), 'a read before voting is anonymous').to.be.false;
    expect(firstRead.headers.has('Authorization')).to.be.false;
    expect(firstRead.credentials).to.equal('omit');

    radios(el)[0].click();
    const voted = oneEvent(el, 'sip-vote');
    ($(el, '[part="submit"]') as HTMLButtonElement).click();
    await voted;
    expect(stub.calls[1].method).to.equal('POST');
    expect(stub.calls[1].headers.get('Sip-Participant')).to.equal(anonymousId());

    await mount(view);
    expect(stub.calls.at(-1)?.headers.get('Sip-Participant'), 'later reads show that ballot').to.equal(
      anonymousId(),
    );
  });

  it('uses a token attribute and says who is signed in', async () => {
    const token = fakeToken(memberClaims());
    stub = serve(motionPoll(), () => jsonResponse(motionPoll()));
    const el = await mount(motionPoll(), `token="${token}"`);
    expect(stub.calls[0].headers.get('Authorization')).to.equal(`Bearer ${token}`);
    expect(textOf($(el, '.identity'))).to.equal('Connecté·e en tant que Aïcha Diallo');
  });

  it('fetches the token from token-url once for every widget that names it', async () => {
    const token = fakeToken(memberClaims({ name: 'Jan Peeters' }));
    const tokenUrl = 'https://smart.test/session/sip-token?widgets';
    stub = stubFetch((call) =>
      call.url.href === tokenUrl ? jsonResponse({ token }) : jsonResponse(motionPoll()),
    );
    const first = await mount(motionPoll(), `token-url="${tokenUrl}" lang="nl"`);
    await mount(motionPoll(), `token-url="${tokenUrl}"`);
    const tokenCalls = stub.calls.filter((call) => call.url.href === tokenUrl);
    expect(tokenCalls).to.have.length(1);
    expect(tokenCalls[0].credentials).to.equal('include');
    const pollCalls = stub.calls.filter((call) => call.url.href !== tokenUrl);
    expect(pollCalls.map((call) => call.headers.get('Authorization'))).to.deep.equal([
      `Bearer ${token}`,
      `Bearer ${token}`,
    ]);
    expect(textOf($(first, '.identity'))).to.equal('Aangemeld als Jan Peeters');
  });
});
