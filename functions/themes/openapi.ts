/** The theme routes (routes.ts) described for the OpenAPI document. */
import type { CoreProblemCode } from '../../schema/problem.ts';
import { ThemeList } from '../../schema/themes.ts';
import type { RouteDocs } from '../openapi/operations.ts';

export const themeDocs: RouteDocs<CoreProblemCode> = {
  'GET /': {
    summary: 'List the debate themes',
    description:
      'In display order, with who may contribute to each and how contributions are moderated there.',
    answers: { 200: { description: 'The themes.', json: ThemeList } },
  },
};
