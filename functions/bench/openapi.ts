/** The benchmarks' anchor routes (index.ts) described for the OpenAPI document. */
import * as v from 'valibot';
import type { CoreProblemCode } from '../../schema/problem.ts';
import type { RouteDocs } from '../openapi/operations.ts';

const ONLY = 'Only served when the `BENCH_ROUTES` var is "true" (`npm run bench`); else 404 `not_found`.';

export const benchDocs: RouteDocs<CoreProblemCode> = {
  'GET /select': {
    summary: 'Benchmark anchor: one D1 SELECT',
    description: `The floor under every read, measured beside the real routes. ${ONLY}`,
    developmentOnly: true,
    answers: {
      200: {
        description: 'The row of `SELECT 1`.',
        json: v.object({ one: v.pipe(v.literal(1), v.description('Always 1.')) }),
      },
    },
    problems: ['not_found'],
  },
  'POST /insert': {
    summary: 'Benchmark anchor: the plainest D1 INSERT',
    description: `The floor under every write, measured beside the real routes. ${ONLY}`,
    developmentOnly: true,
    answers: { 204: { description: 'One row inserted into the benchmark’s scratch table.' } },
    problems: ['not_found'],
  },
};
