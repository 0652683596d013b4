/**
 * Every event the widgets fire, typed in one place. All bubble and are
 * composed, so a host page can listen once on `document`. Each element has
 * its own map (`SipPollEventMap`, ...), for hosts listening on one element;
 * `SipEventMap` is what a listener on the document may receive, so its
 * `sip-load` detail is the union of theirs.
 */
import type { ContributionReceipt, ContributionView, ReportInput } from '../../schema/contributions.ts';
import type { PollView } from '../../schema/polls.ts';
import type { TerritoryView } from '../../schema/territories.ts';
import type { ThemeEntry } from '../../schema/themes.ts';
import type { ErrorCode } from './api.ts';

/** `sip-error`: loading or sending failed; `code` is the API's stable code, or `network_error` (status 0). */
export interface SipErrorDetail {
  status: number;
  code: ErrorCode | (string & {});
}

/** `sip-load` from `<sip-poll>`: `poll` is the poll as this visitor sees it. */
export interface SipPollLoadDetail {
  poll: PollView;
}

/** `sip-vote`: the visitor's ballot was accepted; `poll` is the updated poll (with results when visible). */
export interface SipVoteDetail {
  poll: PollView;
  choices: string[];
}

/** `sip-load` from `<sip-contribution-form>`: the themes and territories it offers. */
export interface SipContributionFormLoadDetail {
  themes: ThemeEntry[];
  territories: TerritoryView[];
}

/** `sip-submit`: the contribution was accepted; quote `receipt.id`, `receipt.status` says if it awaits moderation. */
export interface SipSubmitDetail {
  receipt: ContributionReceipt;
}

/** `sip-load` from `<sip-contribution-list>`: the page of contributions just loaded. */
export interface SipContributionListLoadDetail {
  contributions: ContributionView[];
  nextCursor: string | null;
}

/** `sip-report`: a signed-in participant reported a published contribution. */
export interface SipReportDetail {
  id: string;
  reason: ReportInput['reason'];
}

/** `sip-load`, from whichever element fired it. */
export type SipLoadDetail = SipPollLoadDetail | SipContributionFormLoadDetail | SipContributionListLoadDetail;

export interface SipPollEventMap {
  'sip-load': CustomEvent<SipPollLoadDetail>;
  'sip-vote': CustomEvent<SipVoteDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

export interface SipContributionFormEventMap {
  'sip-load': CustomEvent<SipContributionFormLoadDetail>;
  'sip-submit': CustomEvent<SipSubmitDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

export interface SipContributionListEventMap {
  'sip-load': CustomEvent<SipContributionListLoadDetail>;
  'sip-report': CustomEvent<SipReportDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

export interface SipEventMap {
  'sip-load': CustomEvent<SipLoadDetail>;
  'sip-vote': CustomEvent<SipVoteDetail>;
  'sip-submit': CustomEvent<SipSubmitDetail>;
  'sip-report': CustomEvent<SipReportDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

// Host pages may listen on the element or, since the events are composed, on the document.
declare global {
  interface HTMLElementEventMap extends SipEventMap {}
  interface DocumentEventMap extends SipEventMap {}
}

type DetailOf<K extends keyof SipEventMap> = SipEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires a kit event: bubbling and composed, like every `sip-*` event. */
export function emit<K extends keyof SipEventMap>(target: EventTarget, type: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
