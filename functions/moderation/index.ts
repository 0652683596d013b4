/** The moderation log: every decision, readable and exportable by the admin API (`/api/v1/admin/audit`). */
import type { Feature } from '../lib/feature.ts';
import { auditRoutes } from './admin.ts';

export const moderation: Feature = { path: 'audit', admin: auditRoutes };
