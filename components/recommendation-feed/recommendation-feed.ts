import { SipRecommendationFeed } from './recommendation-feed.component.ts';

export type {
  SipRecommendationFeedEventMap,
  SipRecommendationFeedLoadDetail,
  SipRecommendationOpenDetail,
  SipSupportDetail,
} from './recommendation-feed.events.ts';
export type { RecommendationFeedTranslation } from './translations/translation.ts';
export { SipRecommendationFeed };

// Two bundles on one page (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-recommendation-feed'))
  customElements.define('sip-recommendation-feed', SipRecommendationFeed);

declare global {
  interface HTMLElementTagNameMap {
    'sip-recommendation-feed': SipRecommendationFeed;
  }
}
