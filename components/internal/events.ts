/**
 * Every event the widgets fire, typed in one place. All bubble and are
 * composed, so a host page can listen once on `document`.
 */
import type { PollView } from '../../schema/polls.ts';
import type { ErrorCode } from './api.ts';

/** `sip-vote`: the visitor's ballot was accepted; `poll` is the updated poll (with results when visible). */
export interface SipVoteDetail {
  poll: PollView;
  choices: string[];
}

/** `sip-load`: a widget received its data; `poll` is the poll as this visitor sees it. */
export interface SipLoadDetail {
  poll: PollView;
}

/** `sip-error`: loading or sending failed; `code` is the API's stable code, or `network_error` (status 0). */
export interface SipErrorDetail {
  status: number;
  code: ErrorCode | (string & {});
}

export interface SipEventMap {
  'sip-vote': CustomEvent<SipVoteDetail>;
  'sip-load': CustomEvent<SipLoadDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

// Host pages may listen on the element or, since the events are composed, on the document.
declare global {
  interface HTMLElementEventMap extends SipEventMap {}
  interface DocumentEventMap extends SipEventMap {}
}

type DetailOf<K extends keyof SipEventMap> = SipEventMap[K] extends CustomEvent<infer D> ? D : never;

export function emit<K extends keyof SipEventMap>(target: EventTarget, type: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
