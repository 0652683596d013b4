/// <reference lib="es2024.string" />
/**
 * The one validation wrapper every route with a body, a query or params goes
 * through: valibot schemas from schema/*.ts, one error shape, bounded work
 * and bounded answers whatever the input.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import {
  MAX_PROBLEM_ISSUES,
  type ProblemIssue,
  toProblemIssues,
  toProblemPath,
} from '../../schema/problem.ts';
import { documented } from '../openapi/meta.ts';
import { ProblemError } from '../problems.ts';

type Target = 'json' | 'query' | 'param';

/** What a route with a JSON body declares next to its schema. */
export interface BodyLimit {
  /** The largest body accepted, in bytes as sent; a larger one is a 413 `payload_too_large`, never read further. */
  maxBytes: number;
}

/** 1,024 bytes, so that a limit reads as it is said: `64 * KB`. */
export const KB = 1024;

/** Longest input a validation message may quote; longer ones are shortened, so an answer never echoes a big body. */
const QUOTE_MAX = 40;

/**
 * How every schema runs here: one issue per field at most (a pipe stops at
 * its first failure), and messages that quote a short excerpt of the input,
 * never the whole of it.
 */
const PARSE_CONFIG: v.Config<v.BaseIssue<unknown>> = {
  abortPipeEarly: true,
  message: (issue) =>
    issue.received.length <= QUOTE_MAX
      ? issue.message
      : `${issue.message.slice(0, -issue.received.length)}${shorten(issue.received)}`,
};

/**
 * Parses a part of the request with a valibot schema and exposes the typed
 * output through `c.req.valid(target)`. Failures throw a 400
 * `validation_failed` listing at most MAX_PROBLEM_ISSUES field issues.
 *
 * A JSON body must be sent as `application/json` (else 415
 * `unsupported_media_type`), fit in `maxBytes` whether its length is declared
 * or streamed (else 413 `payload_too_large`, checked before anything is
 * parsed), be UTF-8 JSON (else 400 `invalid_json`), and be a JSON object whose
 * strings, keys included, are well-formed Unicode (else 400
 * `validation_failed`): text is refused, never silently altered. Query and
 * path values must be well-formed Unicode too.
 *
 * @example
 * polls.post('/:slug/ballot', validate('param', SlugParam), validate('json', BallotInput, { maxBytes: 4 * KB }), (c) => {
 *   const { choices } = c.req.valid('json');
 * });
 */
export function validate<T extends Target, S extends v.GenericSchema<unknown, object>>(
  target: T,
  schema: S,
  ...[limit]: T extends 'json' ? [BodyLimit] : []
): MiddlewareHandler<
  object,
  string,
  { in: { [K in T]: v.InferInput<S> }; out: { [K in T]: v.InferOutput<S> } }
> {
  const part = target === 'json' ? 'body' : target;
  // The OpenAPI document reads each route's parameters and body (and these problems) from here.
  if (target !== 'json') {
    return documented({ input: { target, schema }, problems: ['validation_failed'] }, async (c, next) => {
      if (target === 'query') refuseRepeatedKeys(c.req.queries(), part);
      const value = target === 'query' ? c.req.query() : c.req.param();
      c.req.addValidatedData(target, parseInput(schema, value, part));
      await next();
    });
  }
  if (!limit) throw new Error('validate("json", …) needs { maxBytes }');
  const { maxBytes } = limit;
  const withinLimit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ProblemError('payload_too_large', `The request body may not exceed ${maxBytes} bytes.`);
    },
  });
  const problems = [
    'unsupported_media_type',
    'payload_too_large',
    'invalid_json',
    'validation_failed',
  ] as const;
  return documented({ input: { target, schema, maxBytes }, problems }, async (c, next) => {
    const mediaType = c.req.header('Content-Type')?.split(';')[0].trim().toLowerCase();
    if (mediaType !== 'application/json') {
      throw new ProblemError('unsupported_media_type', 'Send the request body as application/json.');
    }
    // bodyLimit refuses a declared Content-Length over the limit unread, and
    // counts a streamed body as it arrives, stopping at the limit.
    await withinLimit(c, async () => {
      const value = jsonObject(await c.req.arrayBuffer());
      c.req.addValidatedData('json', parseInput(schema, value, part));
    });
    await next();
  });
}

/**
 * Runs a schema as the wrapper does (bounded messages, at most
 * MAX_PROBLEM_ISSUES issues) and returns its output, else throws 400
 * `validation_failed` with `detail`. For checks after the edge, e.g. a poll
 * once an edit is merged into it.
 *
 * @example
 * const poll = parseOrThrow(PollCreateInput, merged, 'The poll would not be valid after this change.');
 */
export function parseOrThrow<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  detail: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, value, PARSE_CONFIG);
  if (result.success) return result.output;
  throw invalid(detail, toProblemIssues(result.issues), result.issues.length);
}

function parseInput<S extends v.GenericSchema>(schema: S, value: unknown, part: string): v.InferOutput<S> {
  const detail = `The request ${part} is not valid.`;
  const illFormed = illFormedPath(value);
  if (illFormed !== undefined) {
    throw invalid(detail, [{ path: illFormed, message: 'not valid Unicode text (a lone surrogate)' }], 1);
  }
  return parseOrThrow(schema, value, detail);
}

/** `?theme=a&theme=b` says two things: refused rather than one of them kept silently. */
function refuseRepeatedKeys(queries: Record<string, string[]>, part: string): void {
  const repeated = Object.entries(queries)
    .filter(([, values]) => values.length > 1)
    .map(([key]) => ({ path: toProblemPath([key.toWellFormed()]), message: 'given more than once' }));
  if (repeated.length > 0) {
    throw invalid(
      `The request ${part} is not valid.`,
      repeated.slice(0, MAX_PROBLEM_ISSUES),
      repeated.length,
    );
  }
}

function invalid(detail: string, issues: ProblemIssue[], found: number): ProblemError {
  const listed =
    found > MAX_PROBLEM_ISSUES ? ` The first ${MAX_PROBLEM_ISSUES} of ${found} issues are listed.` : '';
  return new ProblemError('validation_failed', `${detail}${listed}`, { issues });
}

/** The body as a JSON object; anything else (an array, a number, `null`) is not a request. */
function jsonObject(bytes: ArrayBuffer): object {
  let text: string;
  try {
    // fatal: bytes that are not UTF-8 are refused rather than turned into U+FFFD.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ProblemError('invalid_json', 'The request body is not UTF-8 text.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProblemError('invalid_json', 'The request body could not be parsed as JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(
      'The request body is not valid.',
      [{ path: '', message: 'the body must be a JSON object' }],
      1,
    );
  }
  return value;
}

/** A node of the walk below: its parent and key, to spell its path only if it is the culprit. */
interface Visit {
  value: unknown;
  parent: Visit | null;
  key: string;
}

/**
 * The dotted path of the first string or key that is not well-formed
 * Unicode (a lone UTF-16 surrogate, which JSON's `\ud800` can carry), or
 * undefined. Iterative, so that a deeply nested body cannot exhaust the stack.
 */
function illFormedPath(root: unknown): string | undefined {
  const stack: Visit[] = [{ value: root, parent: null, key: '' }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { value } = visit;
    if (typeof value === 'string') {
      if (!value.isWellFormed()) return pathOf(visit);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        const node = { value: child, parent: visit, key };
        if (!key.isWellFormed()) return pathOf(node);
        stack.push(node);
      }
    }
  }
  return undefined;
}

function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let node: Visit | null = visit; node?.parent; node = node.parent)
    keys.unshift(node.key.toWellFormed());
  return toProblemPath(keys);
}

/** The start of a long text, cut where it stays well-formed, and its length. */
function shorten(text: string): string {
  if (text.length <= QUOTE_MAX) return text;
  return `${text.slice(0, QUOTE_MAX).toWellFormed()}… (${text.length} characters)`;
}
