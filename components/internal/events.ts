/**
 * The kit's events, as every element shares them. All bubble and are
 * composed, so a host page can listen once on `document`.
 *
 * Each widget types its own events in its folder (`poll/poll.events.ts`, ...)
 * and adds them here by declaration merging, so a new widget never edits this
 * file:
 *
 * ```ts
 * declare module '../internal/events.ts' {
 *   interface SipEventMap { 'sip-vote': CustomEvent<SipVoteDetail> }
 *   interface SipLoadDetailMap { 'sip-poll': SipPollLoadDetail }
 * }
 * ```
 *
 * `SipEventMap` is then what a listener on the document may receive (its
 * `sip-load` detail the union of every widget's), and the DOM's own event
 * maps extend it, so `addEventListener('sip-vote', …)` is typed everywhere.
 */
import type { ErrorCode } from './api.ts';

/** `sip-error`: loading or sending failed; `code` is the API's stable code, or `network_error` (status 0). */
export interface SipErrorDetail {
  status: number;
  code: ErrorCode | (string & {});
}

/** Every widget's `sip-load` detail, by tag name; each adds its own entry (see above). */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each widget's declaration merging.
export interface SipLoadDetailMap {}

/** `sip-load`, from whichever element fired it. */
export type SipLoadDetail = SipLoadDetailMap[keyof SipLoadDetailMap];

/**
 * Every widget's `sip-open` detail, by tag name: two widgets open items in
 * place (an event, a recommendation), each with its own detail, so a
 * listener on the document receives their union, as for `sip-load`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each widget's declaration merging.
export interface SipOpenDetailMap {}

/** `sip-open`, from whichever element fired it. */
export type SipOpenDetail = SipOpenDetailMap[keyof SipOpenDetailMap];

/** Every kit event by name; each widget adds its own (see above). */
export interface SipEventMap {
  'sip-load': CustomEvent<SipLoadDetail>;
  'sip-open': CustomEvent<SipOpenDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

/** The events every element fires: an element's own event map extends it. */
export interface SipErrorEventMap {
  'sip-error': CustomEvent<SipErrorDetail>;
}

/** The detail an event of a map carries. */
export type EventDetail<Event> = Event extends CustomEvent<infer Detail> ? Detail : never;

/** Fires one of an element's events (its map `E`): what helpers outside the class are given. */
export type Emit<E> = <K extends keyof E & string>(type: K, detail: EventDetail<E[K]>) => void;

// Host pages may listen on the element or, since the events are composed, on the document.
declare global {
  interface HTMLElementEventMap extends SipEventMap {}
  interface DocumentEventMap extends SipEventMap {}
}
