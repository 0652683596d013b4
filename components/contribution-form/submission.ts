import { nothing, type TemplateResult } from 'lit';
import type { ContributionReceipt } from '../../schema/contributions.ts';
import { OnDemand } from '../internal/on-demand.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import { type Field, type FieldErrors, type FormState, firstInvalid, type Message } from './fields.ts';
import type { SubmissionContext, SubmissionState } from './submission-code.ts';
import type { ContributionFormTranslation } from './translations/translation.ts';
import type { Turnstile } from './turnstile.ts';

type SubmissionCode = typeof import('./submission-code.ts');

/**
 * A contribution's submission: its checks (the API's own ContributionInput
 * schema), then one request at a time, however many times it is asked to,
 * and what came of it. The code behind it (submission-code.ts, which also
 * sets up the Turnstile challenge) is fetched when focus first enters the
 * form, or at the latest when the person sends.
 */
export class Submission implements SubmissionState {
  /** The errors shown beside their fields, after an attempt. */
  errors: FieldErrors = {};
  sending = false;
  alert: Message | undefined;
  canRetry = false;
  receipt: ContributionReceipt | undefined;
  /** Settles once the attempt under way has been checked; it never waits for the API. */
  checked: Promise<unknown> | undefined;
  /** The challenge, once the code has set it up. */
  turnstile: Turnstile | undefined;
  private readonly code = new OnDemand<SubmissionCode>(() =>
    import('./submission-code.ts').then((code) => {
      // Its styles join the form's before anything they style can be on screen.
      code.adoptFeedbackStyles(this.context.host.renderRoot);
      return code;
    }),
  );

  constructor(readonly context: SubmissionContext) {}

  /** The person is about to write: fetches the code ahead of time, which shows the challenge when one is needed. */
  prepare(): void {
    this.code.get().then(
      (code) => code.prepare(this),
      () => {},
    );
  }

  /** Settles once the code fetched as the person starts (this one's, then Turnstile's) is at hand, or could not be. */
  get ready(): Promise<unknown> | undefined {
    return this.code.settled?.then(() => this.turnstile?.ready);
  }

  /**
   * Checks what the form would send, then sends it when it passes: the
   * errors found (by the checks or the API) land in `errors`, other failures
   * in `alert`. Does nothing while an attempt is under way (a double click,
   * Enter pressed twice).
   */
  async submit(state: FormState): Promise<void> {
    const { host } = this.context;
    if (this.sending) return;
    this.sending = true;
    this.alert = undefined;
    host.requestUpdate();
    const checking = this.code.get().then((code) => ({ code, validation: code.validate(state) }));
    this.checked = checking.catch(() => undefined);
    try {
      const { code, validation } = await checking;
      this.errors = validation.errors;
      if (validation.success) this.errors = await code.send(this, validation.output);
      else this.canRetry = false;
    } catch (error) {
      // The code could not be fetched: nothing reached the API, the draft is safe.
      const { code } = host.emitError(error);
      this.alert = (t) => errorMessage(t, code);
      this.canRetry = true;
    } finally {
      this.sending = false;
      host.requestUpdate();
    }
  }

  /** As the person edits after an attempt, each error goes as soon as its field is right; none is added. */
  recheck(state: FormState): void {
    // Errors on screen imply the code is at hand.
    const code = this.code.current;
    if (code && firstInvalid(this.errors))
      this.errors = code.stillWrong(this.errors, code.validate(state).errors);
  }

  /** Every error in one place, each linking to its field; nothing before an attempt. */
  summary(
    t: ContributionFormTranslation,
    focusField: (field: Field) => void,
  ): TemplateResult | typeof nothing {
    // Errors on screen imply the code is at hand.
    const code = this.code.current;
    return code ? code.renderSummary(t, this.errors, focusField) : nothing;
  }

  /** The thanks after an accepted contribution; nothing before. */
  confirmation(t: ContributionFormTranslation, writeAnother: () => void): TemplateResult | typeof nothing {
    const code = this.code.current;
    return this.receipt && code ? code.renderConfirmation(t, this.receipt, writeAnother) : nothing;
  }

  /** Back to an empty form, after a confirmation or a discarded draft. */
  clear(): void {
    this.errors = {};
    this.receipt = undefined;
    this.alert = undefined;
    this.canRetry = false;
    this.context.host.requestUpdate();
  }
}
