/** The admin sub-app's own routes (admin/index.ts), described for the OpenAPI document. */
import { AdminIdentity, AdminSession } from '../../schema/moderation.ts';
import type { RouteDocs } from '../openapi/operations.ts';

export const adminDocs: RouteDocs = {
  'GET /session': {
    summary: 'Whether anyone is signed in',
    description:
      'The moderation page asks this first. A request without any admin credential gets `{ signedIn: false }` rather than a 401; a credential that is presented must be valid.',
    answers: { 200: { description: 'Signed in or not, and as whom.', json: AdminSession } },
  },
  'GET /me': {
    summary: 'Who is signed in',
    description: 'Moderators and admins.',
    answers: { 200: { description: 'The signed-in moderator or admin.', json: AdminIdentity } },
  },
};
