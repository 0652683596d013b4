/** The territory routes (routes.ts) described for the OpenAPI document. */
import type { CoreProblemCode } from '../../schema/problem.ts';
import { TerritoryList } from '../../schema/territories.ts';
import type { RouteDocs } from '../openapi/operations.ts';

export const territoryDocs: RouteDocs<CoreProblemCode> = {
  'GET /': {
    summary: 'List the territories',
    description: 'Where people take part from: Belgian and French regions, online, other.',
    answers: { 200: { description: 'The territories.', json: TerritoryList } },
  },
};
