import type { ReactiveControllerHost } from 'lit';
import type { ContributionInput, ContributionReceipt } from '../../schema/contributions.ts';
import { asApiError, request } from '../internal/api.ts';
import { type EndpointOptions, endpoint, resolveApiBase } from '../internal/config.ts';
import { emit } from '../internal/events.ts';
import type { IdentityController } from '../internal/identity-controller.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import type { DraftController } from './draft-controller.ts';
import { errorsFromIssues, type FieldErrors, type Message } from './form-validation.ts';
import type { Turnstile } from './turnstile.ts';

/** Failures worth the same request again: nothing reached the API, it failed, or it asked to wait. */
const retryable = (status: number, code: string) =>
  status === 0 || status >= 500 || status === 429 || code === 'turnstile_failed';

/**
 * Sends a contribution once, however many times it is asked to: one request
 * at a time, each with the draft's `Idempotency-Key`, so a retry after a lost
 * answer finds the contribution the API already has instead of making a
 * second one. The draft is cleared only once the API has accepted it.
 */
export class SubmissionController {
  sending = false;
  /** The latest failure, to show in the form's alert region. */
  alert: Message | undefined;
  /** Whether the latest failure is worth retrying as is. */
  canRetry = false;
  /** The API's receipt, once accepted. */
  receipt: ContributionReceipt | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & EndpointOptions,
    private readonly collaborators: {
      identity: IdentityController;
      draft: DraftController;
      turnstile: Turnstile;
    },
  ) {}

  /**
   * Sends `input`. Resolves with the field errors the API found, if any; other
   * failures land in `alert`. Does nothing while a submission is on its way
   * (a double click, Enter pressed twice).
   */
  async send(input: ContributionInput): Promise<FieldErrors> {
    if (this.sending) return {};
    const { identity, draft, turnstile } = this.collaborators;
    this.sending = true;
    this.alert = undefined;
    this.host.requestUpdate();
    // The key is on disk before the request leaves: a retry after a crash or a reload reuses it.
    draft.persist();
    try {
      const { token } = await identity.resolve();
      const turnstileToken = token ? undefined : await turnstile.response();
      const receipt = await request<ContributionReceipt>(
        endpoint(resolveApiBase(this.host), 'contributions'),
        {
          method: 'POST',
          token,
          body: turnstileToken ? { ...input, turnstileToken } : input,
          headers: { 'Idempotency-Key': draft.idempotencyKey },
        },
      );
      draft.discard();
      this.canRetry = false;
      this.receipt = receipt;
      emit(this.host, 'sip-submit', { receipt });
      return {};
    } catch (error) {
      // The draft stays as it was, so the person can simply try again.
      const { status, code, issues } = asApiError(error);
      this.canRetry = retryable(status, code);
      emit(this.host, 'sip-error', { status, code });
      if (code === 'validation_failed' && issues.length) return errorsFromIssues(issues);
      if (code === 'territory_not_found') return { territory: (t) => t.errors.territory_not_found };
      this.alert = (t) => errorMessage(t, code);
      return {};
    } finally {
      this.sending = false;
      // A Turnstile token is good for one request.
      turnstile.reset();
      this.host.requestUpdate();
    }
  }

  /** Back to an empty form, after a confirmation or a discarded draft. */
  clear(): void {
    this.receipt = undefined;
    this.alert = undefined;
    this.canRetry = false;
    this.host.requestUpdate();
  }
}
