/**
 * Written contributions: submitting, reading and reporting them; their
 * moderation queue and decisions; the erasure of an author's; the daily
 * purge of follow-up e-mail addresses.
 */
import * as contributionSchemas from '../../schema/contributions.ts';
import { CONTRIBUTION_PROBLEMS } from '../../schema/contributions.ts';
import * as moderationSchemas from '../../schema/moderation.ts';
import { emailRetentionDays } from '../config.ts';
import type { Feature } from '../lib/feature.ts';
import { adminContributions } from './admin.ts';
import { CONTRIBUTION_MESSAGES } from './messages.ts';
import { erasureStatements } from './moderation-queries.ts';
import { adminContributionDocs, contributionDocs } from './openapi.ts';
import { purgeExpiredEmails } from './queries.ts';
import { contributionRoutes } from './routes.ts';

export const contributions: Feature = {
  path: 'contributions',
  routes: contributionRoutes,
  admin: adminContributions,
  problems: CONTRIBUTION_PROBLEMS,
  docs: { routes: contributionDocs, admin: adminContributionDocs },
  schemas: [contributionSchemas, moderationSchemas],
  erase: { name: 'contributions', statements: erasureStatements },
  messages: CONTRIBUTION_MESSAGES,
  async daily(env, now) {
    const purged = await purgeExpiredEmails(env.DB, emailRetentionDays(env), now);
    console.log(`retention: purged ${purged} e-mail address(es)`);
  },
};
