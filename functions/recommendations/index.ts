/**
 * Recommendations to the board: the public feed, supports, the Atom feed,
 * and the steering committee's and the board's routes; the erasure of a
 * person's supports; the daily purge of supporters' e-mail addresses.
 */
import * as recommendationSchemas from '../../schema/recommendations.ts';
import { RECOMMENDATION_PROBLEMS } from '../../schema/recommendations.ts';
import { emailRetentionDays } from '../config.ts';
import type { Feature } from '../lib/feature.ts';
import { adminRecommendations } from './admin.ts';
import { RECOMMENDATION_MESSAGES } from './messages.ts';
import { adminRecommendationDocs, recommendationDocs, recommendationFeedDocs } from './openapi.ts';
import { recommendationFeedRoutes, recommendationRoutes } from './routes.ts';
import { purgeSupportEmails, supportErasure } from './supports.ts';

export const recommendations: Feature = {
  path: 'recommendations',
  routes: recommendationRoutes,
  admin: adminRecommendations,
  problems: RECOMMENDATION_PROBLEMS,
  docs: { routes: recommendationDocs, admin: adminRecommendationDocs },
  schemas: [recommendationSchemas],
  erase: { name: 'supports', statements: supportErasure },
  messages: RECOMMENDATION_MESSAGES,
  async daily(env, now) {
    const purged = await purgeSupportEmails(env.DB, emailRetentionDays(env), now);
    console.log(`retention: purged ${purged} supporter e-mail address(es)`);
  },
};

/**
 * The Atom feed, `/api/v1/recommendations.atom`: a path of its own beside
 * the feature's (a sub-app mounted at /api/v1/recommendations only serves
 * paths below it), so a feature of its own in the route table.
 */
export const recommendationFeed: Feature = {
  path: 'recommendations.atom',
  routes: recommendationFeedRoutes,
  docs: { routes: recommendationFeedDocs },
};

/** Both, for the route table's one line. */
export const recommendationFeatures: readonly Feature[] = [recommendations, recommendationFeed];
