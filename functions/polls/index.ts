/** Polls and members' motions: reading and voting, and their admins' routes. */
import * as pollSchemas from '../../schema/polls.ts';
import { POLL_PROBLEMS } from '../../schema/polls.ts';
import type { Feature } from '../lib/feature.ts';
import { adminPolls } from './admin.ts';
import { adminPollDocs, pollDocs } from './openapi.ts';
import { pollRoutes } from './routes.ts';

export const polls: Feature = {
  path: 'polls',
  routes: pollRoutes,
  admin: adminPolls,
  problems: POLL_PROBLEMS,
  docs: { routes: pollDocs, admin: adminPollDocs },
  schemas: [pollSchemas],
};
