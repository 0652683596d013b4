/**
 * The events of the contribution widgets. `sip-error` keeps the kit's
 * SipErrorDetail; `sip-load` carries what each widget loaded.
 */
import type { ContributionReceipt, ContributionView, ReportInput } from '../../schema/contributions.ts';
import type { TerritoryView } from '../../schema/territories.ts';
import type { ThemeEntry } from '../../schema/themes.ts';
import type { SipErrorDetail } from '../internal/events.ts';

/** `sip-submit`: the contribution was accepted; quote `receipt.id`, `receipt.status` says if it awaits moderation. */
export interface SipSubmitDetail {
  receipt: ContributionReceipt;
}

/** `sip-report`: a signed-in participant reported a published contribution. */
export interface SipReportDetail {
  id: string;
  reason: ReportInput['reason'];
}

/** `sip-load` from `<sip-contribution-form>`: the themes and territories it offers. */
export interface SipContributionFormLoadDetail {
  themes: ThemeEntry[];
  territories: TerritoryView[];
}

/** `sip-load` from `<sip-contribution-list>`: the page of contributions just loaded. */
export interface SipContributionListLoadDetail {
  contributions: ContributionView[];
  nextCursor: string | null;
}

export interface SipContributionEventMap {
  'sip-submit': CustomEvent<SipSubmitDetail>;
  'sip-report': CustomEvent<SipReportDetail>;
}

declare global {
  interface HTMLElementEventMap extends SipContributionEventMap {}
  interface DocumentEventMap extends SipContributionEventMap {}
}

interface Details {
  'sip-submit': SipSubmitDetail;
  'sip-report': SipReportDetail;
  'sip-load': SipContributionFormLoadDetail | SipContributionListLoadDetail;
  'sip-error': SipErrorDetail;
}

/** Fires a kit event: bubbling and composed, like every `sip-*` event. */
export function emitEvent<K extends keyof Details>(target: EventTarget, type: K, detail: Details[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
