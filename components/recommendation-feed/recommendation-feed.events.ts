/**
 * `<sip-recommendation-feed>`'s events, added to the kit's maps (see internal/events.ts).
 */
import type {
  RecommendationSummary,
  RecommendationView,
  SupportCount,
} from '../../schema/recommendations.ts';
import type { SipErrorDetail } from '../internal/events.ts';

/**
 * `sip-load` from `<sip-recommendation-feed>`: a page of the list
 * (`recommendations`, `nextCursor`), or one recommendation as the visitor
 * sees it (`recommendation`).
 */
export type SipRecommendationFeedLoadDetail =
  | { recommendations: RecommendationSummary[]; nextCursor: string | null }
  | { recommendation: RecommendationView };

/** `sip-open`: the visitor opened a recommendation in place (`slug`), or went back to the list (`slug` null). */
export interface SipRecommendationOpenDetail {
  slug: string | null;
}

/** `sip-support`: the visitor's support was recorded (`supported` true) or withdrawn; `supports` are the new counts. */
export interface SipSupportDetail {
  slug: string;
  supported: boolean;
  supports: SupportCount;
}

export interface SipRecommendationFeedEventMap {
  'sip-load': CustomEvent<SipRecommendationFeedLoadDetail>;
  'sip-open': CustomEvent<SipRecommendationOpenDetail>;
  'sip-support': CustomEvent<SipSupportDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

declare module '../internal/events.ts' {
  interface SipLoadDetailMap {
    'sip-recommendation-feed': SipRecommendationFeedLoadDetail;
  }
  interface SipOpenDetailMap {
    'sip-recommendation-feed': SipRecommendationOpenDetail;
  }
  interface SipEventMap {
    'sip-support': CustomEvent<SipSupportDetail>;
  }
}
