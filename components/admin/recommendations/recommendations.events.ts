/**
 * The recommendations' events, added to the moderation page's map (so
 * `emit` is typed) and to the kit's (so a listener on the document is).
 * Failures use the kit's `sip-error` ({ status, code }).
 */
import type { RecommendationStatus } from '../../../schema/recommendation-lifecycle.ts';
import type { BoardAnswer } from '../../../schema/recommendations.ts';
import type { AdminRecommendationView } from './recommendations.api.ts';

/** `sip-recommendation-save`: a draft was created, its fields edited or its sources linked; `recommendation` is it as it now is. */
export interface SipRecommendationSaveDetail {
  action: 'create' | 'edit' | 'sources';
  recommendation: AdminRecommendationView;
}

/** `sip-recommendation-move`: its status changed from `from`; `recommendation` is it as it now is. */
export interface SipRecommendationMoveDetail {
  from: RecommendationStatus;
  recommendation: AdminRecommendationView;
}

/** `sip-recommendation-answer`: the board recorded a new version of its answer. */
export interface SipRecommendationAnswerDetail {
  slug: string;
  answer: BoardAnswer;
}

/** `sip-recommendation-open`: a link to another recommendation (the one it was merged into, say) was followed. */
export interface SipRecommendationOpenDetail {
  slug: string;
}

declare module '../admin.events.ts' {
  interface SipAdminEventMap {
    'sip-recommendation-save': CustomEvent<SipRecommendationSaveDetail>;
    'sip-recommendation-move': CustomEvent<SipRecommendationMoveDetail>;
    'sip-recommendation-answer': CustomEvent<SipRecommendationAnswerDetail>;
    'sip-recommendation-open': CustomEvent<SipRecommendationOpenDetail>;
  }
}

declare module '../../internal/events.ts' {
  interface SipEventMap {
    'sip-recommendation-save': CustomEvent<SipRecommendationSaveDetail>;
    'sip-recommendation-move': CustomEvent<SipRecommendationMoveDetail>;
    'sip-recommendation-answer': CustomEvent<SipRecommendationAnswerDetail>;
    'sip-recommendation-open': CustomEvent<SipRecommendationOpenDetail>;
  }
}
