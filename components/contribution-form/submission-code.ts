/**
 * What the form needs once the person starts and sends: the Turnstile
 * challenge when one is needed (turnstile.ts), the checks, the request, and
 * what it shows after an attempt (feedback.ts: the summary of the fields to
 * correct, the confirmation, their strings). A chunk of its own, fetched when
 * focus first enters the form (see submission.ts), so a page that only shows
 * the form skips it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ContributionInput, ContributionReceipt } from '../../schema/contributions.ts';
import type { ApiError } from '../internal/api.ts';
import { type EndpointOptions, resolveApiBase } from '../internal/config.ts';
import type { Emit } from '../internal/events.ts';
import type { IdentityController } from '../internal/identity-controller.ts';
import { submitContribution } from './contribution-form.api.ts';
import type { SipContributionFormEventMap } from './contribution-form.events.ts';
import type { DraftController } from './draft-controller.ts';
import { feedback, sendingError } from './feedback.ts';
import type { FieldErrors, Message } from './fields.ts';
import { errorsFromIssues } from './form-validation.ts';
import { Turnstile } from './turnstile.ts';

export { adoptFeedbackStyles, renderConfirmation, renderSummary } from './feedback.ts';
export { stillWrong, validate } from './form-validation.ts';

/** What sending works with: the form (its `api`, its events, its shadow root), the visitor, the draft, the challenge's settings. */
export interface SubmissionContext {
  host: ReactiveControllerHost &
    HTMLElement &
    EndpointOptions & {
      renderRoot: HTMLElement | DocumentFragment;
      emit: Emit<SipContributionFormEventMap>;
      emitError(error: unknown): ApiError;
    };
  identity: IdentityController;
  draft: DraftController;
  /** Turnstile's site key when this visitor must pass a challenge (anonymous on a site that has one), else undefined. */
  turnstileSiteKey: () => string | undefined;
  /** The language the challenge speaks. */
  language: () => string;
}

/** A submission as sending sees it (submission.ts's `Submission`): what it works with, what it sets. */
export interface SubmissionState {
  readonly context: SubmissionContext;
  /** The API's receipt, once accepted. */
  receipt: ContributionReceipt | undefined;
  /** The latest failure, to show in the form's alert region. */
  alert: Message | undefined;
  /** Whether the latest failure is worth retrying as is. */
  canRetry: boolean;
  /** The challenge, once this code has set it up. */
  turnstile: Turnstile | undefined;
}

/** The submission's Turnstile challenge, set up on first use. */
function challenge(submission: SubmissionState): Turnstile {
  const { host, turnstileSiteKey, language } = submission.context;
  submission.turnstile ??= new Turnstile(host, turnstileSiteKey, language);
  return submission.turnstile;
}

/** The person is about to write: shows the challenge, when one is needed (idempotent). */
export function prepare(submission: SubmissionState): void {
  void challenge(submission).start();
}

/** Failures worth the same request again: nothing reached the API, it failed, or it asked to wait. */
const retryable = (status: number, code: string) =>
  status === 0 || status >= 500 || status === 429 || code === 'turnstile_failed';

/**
 * Sends a checked contribution, with the draft's `Idempotency-Key`. The
 * draft is cleared only once the API has accepted it. Resolves with the field
 * errors the API found, if any; other failures land in the submission's
 * `alert`.
 */
export async function send(submission: SubmissionState, input: ContributionInput): Promise<FieldErrors> {
  const { host, identity, draft } = submission.context;
  const turnstile = challenge(submission);
  // The key is on disk before the request leaves: a retry after a crash or a reload reuses it.
  draft.persist();
  try {
    const { token } = await identity.resolve();
    const turnstileToken = token ? undefined : await turnstile.response();
    const receipt = await submitContribution(resolveApiBase(host), input, {
      token,
      idempotencyKey: draft.idempotencyKey,
      turnstileToken,
    });
    draft.discard();
    submission.canRetry = false;
    submission.receipt = receipt;
    host.emit('sip-submit', { receipt });
    return {};
  } catch (error) {
    // The draft stays as it was, so the person can simply try again.
    const { status, code, issues } = host.emitError(error);
    submission.canRetry = retryable(status, code);
    if (code === 'idempotency_key_reused') {
      // An earlier version went through (its answer was lost): "retry" sends this one as a new contribution.
      draft.renewKey();
      submission.canRetry = true;
      submission.alert = (t) => feedback(t).sentAsNew;
      return {};
    }
    if ((code === 'validation_failed' || code === 'author_mismatch') && issues.length)
      return errorsFromIssues(issues, code);
    if (code === 'territory_not_found') return { territory: (t) => t.errors.territory_not_found };
    submission.alert = (t) => sendingError(t, code);
    return {};
  } finally {
    // A Turnstile token is good for one request.
    turnstile.reset();
  }
}
