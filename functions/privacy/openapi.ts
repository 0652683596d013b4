/** The erasure route (admin.ts) described for the OpenAPI document. */
import * as v from 'valibot';
import type { CoreProblemCode } from '../../schema/problem.ts';
import type { Feature } from '../lib/feature.ts';
import type { RouteDocs } from '../openapi/operations.ts';

/**
 * The route's description; its answer names the features that erase
 * (read lazily, as the route does).
 *
 * @example
 * erasureDocs(FEATURES);
 */
export function erasureDocs(features: readonly Feature[]): RouteDocs<CoreProblemCode> {
  const counts = Object.fromEntries(
    features.flatMap((feature) =>
      feature.erase
        ? [
            [
              feature.erase.name,
              v.pipe(v.number(), v.description(`How many ${feature.erase.name} were erased or anonymised.`)),
            ],
          ]
        : [],
    ),
  );
  return {
    'POST /': {
      summary: 'Erase a person’s data',
      description:
        'Admins only. The participant `site:subject` (`anon` as the site for an anonymous visitor’s uuid) is erased from every feature that keeps their data, in one transaction: e-mail and name erased, published texts kept anonymised, pending ones deleted.',
      answers: {
        200: {
          description: 'How many items each feature touched.',
          json: v.pipe(v.strictObject(counts), v.description('By feature.')),
        },
      },
    },
  };
}
