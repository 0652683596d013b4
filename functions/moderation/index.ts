/** The moderation log: every decision, readable and exportable by the admin API (`/api/v1/admin/audit`). */
import * as moderationSchemas from '../../schema/moderation.ts';
import type { Feature } from '../lib/feature.ts';
import { auditRoutes } from './admin.ts';
import { auditDocs } from './openapi.ts';

export const moderation: Feature = {
  path: 'audit',
  admin: auditRoutes,
  docs: { admin: auditDocs },
  schemas: [moderationSchemas],
};
