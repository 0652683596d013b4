/**
 * `<sip-publication>`'s events, added to the kit's maps (see internal/events.ts).
 */
import type { PublicationEdition } from '../../schema/publications.ts';
import type { SipErrorDetail } from '../internal/events.ts';

/** `sip-load` from `<sip-publication>`: the edition shown; null when none has been published yet (without `year`). */
export interface SipPublicationLoadDetail {
  edition: PublicationEdition | null;
}

/** `sip-navigate`: the visitor went to a theme from the contents. */
export interface SipNavigateDetail {
  /** The theme's slug. */
  theme: string;
}

export interface SipPublicationEventMap {
  'sip-load': CustomEvent<SipPublicationLoadDetail>;
  'sip-navigate': CustomEvent<SipNavigateDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

declare module '../internal/events.ts' {
  interface SipLoadDetailMap {
    'sip-publication': SipPublicationLoadDetail;
  }
  interface SipEventMap {
    'sip-navigate': CustomEvent<SipNavigateDetail>;
  }
}
