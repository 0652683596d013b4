/** The demo people's routes (routes.ts) described for the OpenAPI document. */
import * as v from 'valibot';
import { Role } from '../../schema/common.ts';
import type { CoreProblemCode } from '../../schema/problem.ts';
import type { RouteDocs } from '../openapi/operations.ts';

const DemoPerson = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.description('Their id here, for `/people/:id/token`.')),
    name: v.pipe(v.string(), v.description('Their name, as their token says it.')),
    roles: v.pipe(v.array(Role), v.description('Their stakeholder roles.')),
    member: v.pipe(v.boolean(), v.description('Whether they are a member (sociétaire).')),
  }),
  v.description('A demo person of the `demo` site.'),
);

export const devDocs: RouteDocs<CoreProblemCode> = {
  'GET /people': {
    summary: 'List the demo people',
    developmentOnly: true,
    answers: {
      200: {
        description: 'The demo people.',
        json: v.object({ people: v.pipe(v.array(DemoPerson), v.description('Everyone, in a fixed order.')) }),
      },
    },
  },
  'GET /people/:id/token': {
    summary: 'A demo person’s token',
    description: 'A 15-minute host-site token of the `demo` site: usable as a widget’s `token-url`.',
    developmentOnly: true,
    parameters: { id: 'The demo person’s id.' },
    answers: {
      200: {
        description: 'Their token.',
        json: v.object({ token: v.pipe(v.string(), v.description('An HS256 host-site token.')) }),
      },
    },
    problems: ['not_found'],
  },
};
