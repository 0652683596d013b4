/**
 * The configurator's own events, added to the kit's maps (see
 * internal/events.ts). Failures use the widgets' `sip-error` ({ status, code }).
 */
import type { SipErrorDetail } from '../internal/events.ts';
import type { WidgetTag } from './widgets.ts';

/** `sip-copy`: the web team copied the snippet for `widget`; `snippet` is the text copied. */
export interface SipCopyDetail {
  widget: WidgetTag;
  snippet: string;
}

export interface SipEmbedEventMap {
  'sip-copy': CustomEvent<SipCopyDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

declare module '../internal/events.ts' {
  interface SipEventMap {
    'sip-copy': CustomEvent<SipCopyDetail>;
  }
}
