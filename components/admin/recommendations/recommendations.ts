/**
 * The steering committee's and the board's view of the moderation page:
 * defines its elements (guarded against a second define). The page loads this
 * module the first time the view is opened (its entry in views.ts), as its
 * own chunk; the navigation names the view from translations/nav.ts without
 * loading it.
 */
import { SipModerationRecommendationAnswer } from './answer.component.ts';
import { SipModerationRecommendationHistory } from './history.component.ts';
import { SipModerationRecommendationMove } from './move.component.ts';
import { SipModerationRecommendation } from './recommendation.component.ts';
import { SipModerationRecommendationForm } from './recommendation-form.component.ts';
import { SipModerationRecommendations } from './recommendations.component.ts';
import { SipModerationRecommendationSources } from './sources.component.ts';

export type * from './recommendations.events.ts';
export {
  SipModerationRecommendation,
  SipModerationRecommendationAnswer,
  SipModerationRecommendationForm,
  SipModerationRecommendationHistory,
  SipModerationRecommendationMove,
  SipModerationRecommendationSources,
  SipModerationRecommendations,
};

// A second load of the script (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-moderation-recommendations'))
  customElements.define('sip-moderation-recommendations', SipModerationRecommendations);
if (!customElements.get('sip-moderation-recommendation'))
  customElements.define('sip-moderation-recommendation', SipModerationRecommendation);
if (!customElements.get('sip-moderation-recommendation-form'))
  customElements.define('sip-moderation-recommendation-form', SipModerationRecommendationForm);
if (!customElements.get('sip-moderation-recommendation-sources'))
  customElements.define('sip-moderation-recommendation-sources', SipModerationRecommendationSources);
if (!customElements.get('sip-moderation-recommendation-move'))
  customElements.define('sip-moderation-recommendation-move', SipModerationRecommendationMove);
if (!customElements.get('sip-moderation-recommendation-answer'))
  customElements.define('sip-moderation-recommendation-answer', SipModerationRecommendationAnswer);
if (!customElements.get('sip-moderation-recommendation-history'))
  customElements.define('sip-moderation-recommendation-history', SipModerationRecommendationHistory);

declare global {
  interface HTMLElementTagNameMap {
    'sip-moderation-recommendations': SipModerationRecommendations;
    'sip-moderation-recommendation': SipModerationRecommendation;
    'sip-moderation-recommendation-form': SipModerationRecommendationForm;
    'sip-moderation-recommendation-sources': SipModerationRecommendationSources;
    'sip-moderation-recommendation-move': SipModerationRecommendationMove;
    'sip-moderation-recommendation-answer': SipModerationRecommendationAnswer;
    'sip-moderation-recommendation-history': SipModerationRecommendationHistory;
  }
}
