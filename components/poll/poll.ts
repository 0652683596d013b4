import { SipPoll } from './poll.component.ts';

export type { SipPollEventMap, SipPollLoadDetail, SipVoteDetail } from './poll.events.ts';
export type { PollTranslation } from './translations/translation.ts';
export { SipPoll };

// Two bundles on one page (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-poll')) customElements.define('sip-poll', SipPoll);

declare global {
  interface HTMLElementTagNameMap {
    'sip-poll': SipPoll;
  }
}
