/**
 * `<sip-poll>`'s events, added to the kit's maps (see internal/events.ts).
 */
import type { PollView } from '../../schema/polls.ts';
import type { SipErrorDetail } from '../internal/events.ts';

/** `sip-load` from `<sip-poll>`: `poll` is the poll as this visitor sees it. */
export interface SipPollLoadDetail {
  poll: PollView;
}

/** `sip-vote`: the visitor's ballot was accepted; `poll` is the updated poll (with results when visible). */
export interface SipVoteDetail {
  poll: PollView;
  choices: string[];
}

export interface SipPollEventMap {
  'sip-load': CustomEvent<SipPollLoadDetail>;
  'sip-vote': CustomEvent<SipVoteDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

declare module '../internal/events.ts' {
  interface SipLoadDetailMap {
    'sip-poll': SipPollLoadDetail;
  }
  interface SipEventMap {
    'sip-vote': CustomEvent<SipVoteDetail>;
  }
}
