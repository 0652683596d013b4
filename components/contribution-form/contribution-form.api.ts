/**
 * `<sip-contribution-form>`'s requests: the themes and territories it offers
 * (the reads it shares with the other contribution widgets, see
 * internal/catalog.ts) and sending a contribution.
 */
import type { ContributionInput, ContributionReceipt } from '../../schema/contributions.ts';
import { request } from '../internal/api.ts';
import { endpoint } from '../internal/config.ts';

export { loadTerritories, loadThemes } from '../internal/catalog.ts';

/**
 * Sends a checked contribution with its draft's `Idempotency-Key`: a retry
 * after a lost answer finds the contribution the API already has instead of
 * making a second one. A visitor without a token sends the Turnstile token,
 * when the site asks for one.
 */
export function submitContribution(
  base: string,
  input: ContributionInput,
  options: { token: string | null; idempotencyKey: string; turnstileToken?: string },
): Promise<ContributionReceipt> {
  const { token, idempotencyKey, turnstileToken } = options;
  return request<ContributionReceipt>(endpoint(base, 'contributions'), {
    method: 'POST',
    token,
    body: turnstileToken ? { ...input, turnstileToken } : input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}
