/**
 * The one validation wrapper every route with a body, a query or params goes
 * through: valibot schemas from schema/*.ts, one error shape.
 */
import type { HonoRequest, MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import { toProblemIssues } from '../../schema/problem.ts';
import { ProblemError } from '../problems.ts';

type Target = 'json' | 'query' | 'param';

/**
 * Parses a part of the request with a valibot schema and exposes the typed
 * output through `c.req.valid(target)`. Failures throw a 400
 * `validation_failed` with the field issues; a JSON body must be sent as
 * `application/json` (else 415 `unsupported_media_type`) and parse (else 400
 * `invalid_json`).
 *
 * @example
 * polls.post('/:slug/ballot', validate('param', SlugParam), validate('json', BallotInput), (c) => {
 *   const { choices } = c.req.valid('json');
 * });
 */
export function validate<T extends Target, S extends v.GenericSchema<unknown, object>>(
  target: T,
  schema: S,
): MiddlewareHandler<
  object,
  string,
  { in: { [K in T]: v.InferInput<S> }; out: { [K in T]: v.InferOutput<S> } }
> {
  return async (c, next) => {
    const value =
      target === 'json' ? await readJson(c.req) : target === 'query' ? c.req.query() : c.req.param();
    const result = v.safeParse(schema, value);
    if (!result.success) {
      throw new ProblemError(
        'validation_failed',
        `The request ${target === 'json' ? 'body' : target} is not valid.`,
        {
          issues: toProblemIssues(result.issues),
        },
      );
    }
    c.req.addValidatedData(target, result.output);
    await next();
  };
}

async function readJson(request: HonoRequest): Promise<unknown> {
  const mediaType = request.header('Content-Type')?.split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new ProblemError('unsupported_media_type', 'Send the request body as application/json.');
  }
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new ProblemError('invalid_json', 'The request body could not be parsed as JSON.');
  }
}
