import type { ReactiveControllerHost } from 'lit';
import type { ReportInput } from '../../schema/contributions.ts';
import { asApiError } from '../internal/api.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import { reportContribution } from './contribution-list.api.ts';
import type { ContributionListTranslation } from './translations/translation.ts';

export type ReportReason = ReportInput['reason'];

/** What became of a report: passed on, or this person had reported the contribution before. */
export type ReportOutcome = 'thanks' | 'already';

/** A message kept as a function of the dictionary, so it follows a later language switch. */
export type Message = (t: ContributionListTranslation) => string;

/**
 * The report disclosure of a list: one open at a time, its reason and note,
 * its sending, and what became of each report (kept for the life of the list,
 * so a reported item keeps saying thanks rather than offering to report again).
 */
export class ReportDisclosure {
  /** The contribution whose report form is open. */
  openId: string | undefined;
  reason: ReportReason | undefined;
  note = '';
  sending = false;
  /** Why the form was not sent: no reason chosen, or the API's answer. */
  error: Message | undefined;
  reasonMissing = false;
  readonly outcomes = new Map<string, ReportOutcome>();

  constructor(private readonly host: ReactiveControllerHost) {}

  open(id: string): void {
    this.openId = id;
    this.reason = undefined;
    this.note = '';
    this.error = undefined;
    this.reasonMissing = false;
    this.host.requestUpdate();
  }

  close(): void {
    this.openId = undefined;
    this.host.requestUpdate();
  }

  choose(reason: ReportReason): void {
    this.reason = reason;
    this.reasonMissing = false;
    this.host.requestUpdate();
  }

  /**
   * Sends the open report. Resolves with what became of it, or undefined when
   * it was not sent (no reason chosen, or a failure now in `error`).
   */
  async send(
    base: string,
    token: string | null,
  ): Promise<{ outcome?: ReportOutcome; reason?: ReportReason; failure?: { status: number; code: string } }> {
    const id = this.openId;
    if (!id || this.sending) return {};
    // ReportInput's one rule a person can break here, checked by hand to keep valibot off the static path:
    // the reason is one of the form's radios, the note is trimmed here and bounded by its maxlength. The API checks them all.
    if (!this.reason) {
      this.reasonMissing = true;
      this.host.requestUpdate();
      return {};
    }
    const input: ReportInput = { reason: this.reason, note: this.note.trim() || undefined };
    this.sending = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      await reportContribution(base, id, input, token);
      return this.settle(id, 'thanks', input.reason);
    } catch (error) {
      const { status, code } = asApiError(error);
      // Reported before, from another page or device: nothing went wrong, say so kindly.
      if (code === 'already_reported') return { ...this.settle(id, 'already'), failure: { status, code } };
      this.error = (t) => errorMessage(t, code);
      return { failure: { status, code } };
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  private settle(id: string, outcome: ReportOutcome, reason?: ReportReason) {
    this.outcomes.set(id, outcome);
    this.openId = undefined;
    return { outcome, reason };
  }
}
