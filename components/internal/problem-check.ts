/**
 * The check of an error body against the API's Problem schema: a chunk of its
 * own, fetched only when an answer fails, so valibot stays off the widgets'
 * static path.
 */
import * as v from 'valibot';
import { Problem } from '../../schema/problem.ts';

/** The body as a Problem, or undefined when it is not one (a proxy's page, say). */
export function parseProblem(body: unknown): Problem | undefined {
  const problem = v.safeParse(Problem, body);
  return problem.success ? problem.output : undefined;
}
