/**
 * Cloudflare Turnstile: the anti-bot check anonymous contributions must pass
 * when the site has a Turnstile site key.
 */
import * as v from 'valibot';
import type { Env } from '../env.ts';
import { ProblemError } from '../problems.ts';

export const SITEVERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';

/** How long the Worker waits for siteverify before counting the check as failed. */
const TIMEOUT_MS = 5000;

/**
 * The settings the check reads. TURNSTILE_VERIFY_URL is optional and not in
 * wrangler.toml: tests point it at a stub so that siteverify is never called.
 */
export type TurnstileEnv = Pick<Env, 'TURNSTILE_SITE_KEY' | 'TURNSTILE_SECRET'> & {
  TURNSTILE_VERIFY_URL?: string;
};

const SiteverifyAnswer = v.object({ success: v.boolean() });

/**
 * True when the site has a Turnstile site key, i.e. the check is on.
 *
 * @example
 * if (turnstileEnabled(c.env) && participant.anonymous) await verifyTurnstile(c.env, token, ip);
 */
export function turnstileEnabled(env: TurnstileEnv): boolean {
  return env.TURNSTILE_SITE_KEY.trim() !== '';
}

/**
 * Asks siteverify whether a widget's response token is good; anything but a
 * clear yes (no token, a refusal, an error, a timeout) is a 403
 * `turnstile_failed`. A missing TURNSTILE_SECRET is a deployment error (500).
 *
 * @example
 * await verifyTurnstile(c.env, input.turnstileToken, c.req.header('CF-Connecting-IP'));
 */
export async function verifyTurnstile(
  env: TurnstileEnv,
  token: string | undefined,
  remoteIp: string | undefined,
): Promise<void> {
  if (!env.TURNSTILE_SECRET) throw new Error('TURNSTILE_SITE_KEY is set but TURNSTILE_SECRET is not');
  if (!token) throw new ProblemError('turnstile_failed', 'The anti-spam check is missing.');
  const form = new FormData();
  form.append('secret', env.TURNSTILE_SECRET);
  form.append('response', token);
  if (remoteIp) form.append('remoteip', remoteIp);
  let passed = false;
  try {
    const response = await fetch(env.TURNSTILE_VERIFY_URL || SITEVERIFY_URL, {
      method: 'POST',
      body: form,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const answer = v.safeParse(SiteverifyAnswer, response.ok ? await response.json() : null);
    passed = answer.success && answer.output.success;
  } catch (error) {
    console.error('turnstile: siteverify failed:', error instanceof Error ? error.message : error);
  }
  if (!passed) throw new ProblemError('turnstile_failed', 'The anti-spam check did not pass; try again.');
}
