/**
 * What a failed answer needs beyond the fetch client (api.ts): the check of
 * its body against the API's Problem schema, and what to tell the web team.
 * A chunk of its own, fetched only when an answer fails, so valibot and
 * these messages stay off the widgets' static path.
 */
import * as v from 'valibot';
import { Problem } from '../../schema/problem.ts';
import { decodeClaims } from './identity.ts';

/** The body as a Problem, or undefined when it is not one (a proxy's page, say). */
export function parseProblem(body: unknown): Problem | undefined {
  const problem = v.safeParse(Problem, body);
  return problem.success ? problem.output : undefined;
}

/** Problems a web team must fix, told once per page in the console (a visitor sees a plain message). */
const told = new Set<string>();
function tell(key: string, message: string): void {
  if (told.has(key)) return;
  told.add(key);
  console.error(`Smart in Progress: ${message}`);
}

/**
 * Turns configuration errors into something a web team can act on: the
 * console names what to change. `api` is the API's origin; `token` the one
 * the request carried. (api.ts turns a refused, unexpired token into
 * `token_refused` for the visitor.)
 */
export function tellDevelopers(
  error: { code: string; detail?: string },
  api: string,
  token: string | null,
): void {
  if (error.code === 'origin_not_allowed') {
    tell(
      error.code,
      `${api} refuses calls from this page (${location.origin}). ${error.detail ?? 'Add this origin to SITES.'}`,
    );
  } else if (error.code === 'invalid_token' && token) {
    const claims = decodeClaims(token);
    if (claims && claims.exp * 1000 > Date.now()) {
      tell(
        'token_refused',
        `${api} refused an unexpired token (iss "${claims.iss}", aud ${JSON.stringify(claims.aud)}). ` +
          `Check that the site "${claims.iss}" is in SITES, that its secret in SITE_SECRETS is the one ` +
          'your token-url signs with (HS256), and that aud is TOKEN_AUDIENCE.',
      );
    } else if (!claims) tell('token_unreadable', 'the token from your token-url is not a readable JWT.');
  }
}
