/**
 * Cloudflare Turnstile: the anti-bot check anonymous writers must pass when
 * the site has a Turnstile site key (see turnstileSettings in config.ts).
 */
import * as v from 'valibot';
import { ProblemError } from '../problems.ts';

/** How long the Worker waits for siteverify before counting the check as failed. */
const TIMEOUT_MS = 5000;

const SiteverifyAnswer = v.object({ success: v.boolean() });

/**
 * Asks siteverify whether a widget's response token is good; anything but a
 * clear yes (no token, a refusal, an error, a timeout) is a 403
 * `turnstile_failed`.
 *
 * @example
 * const turnstile = turnstileSettings(c.env);
 * if (turnstile) await verifyTurnstile(turnstile, input.turnstileToken, c.req.header('CF-Connecting-IP'));
 */
export async function verifyTurnstile(
  settings: { secret: string; verifyUrl: string },
  token: string | undefined,
  remoteIp: string | undefined,
): Promise<void> {
  if (!token) throw new ProblemError('turnstile_failed', 'The anti-spam check is missing.');
  const form = new FormData();
  form.append('secret', settings.secret);
  form.append('response', token);
  if (remoteIp) form.append('remoteip', remoteIp);
  let passed = false;
  try {
    const response = await fetch(settings.verifyUrl, {
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
