/**
 * The support form of the recommendation a feed shows: its sending, its
 * e-mail check and its latest failure. Comes with the detail's code (see
 * detail.render.ts): a page that only lists recommendations never loads it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Language } from '../../schema/common.ts';
import type { RecommendationView, SupportReceipt } from '../../schema/recommendations.ts';
import { type ApiError, asApiError } from '../internal/api.ts';
import type { Identity } from '../internal/identity.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import { supportRecommendation, withdrawSupport } from './recommendation-feed.api.ts';
import type { RecommendationFeedTranslation } from './translations/translation.ts';

/** A message kept as a function of the dictionary, so it follows a later language switch. */
type Message = (t: RecommendationFeedTranslation) => string;

export class SupportForm {
  sending = false;
  /** The e-mail typed is not one. */
  emailInvalid = false;
  /** Why the last sending failed. */
  error: Message | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Back to a blank form, for another recommendation. */
  reset(): void {
    this.emailInvalid = false;
    this.error = undefined;
  }

  readonly emailInput = (): void => {
    if (!this.emailInvalid) return;
    this.emailInvalid = false;
    this.host.requestUpdate();
  };

  /**
   * Supports `view` (leaving the e-mail typed in `form`, if any) or, when the
   * visitor supports it, withdraws. Resolves with the receipt; with nothing
   * when nothing was sent (a sending under way, or an e-mail that is not one,
   * now flagged and focused); with the failure, whose message is now `error`.
   */
  async send(
    form: HTMLFormElement,
    base: string,
    view: RecommendationView,
    identity: () => Promise<Identity>,
    language: Language,
  ): Promise<{ receipt?: SupportReceipt; failure?: ApiError }> {
    if (this.sending) return {};
    const email = form.querySelector<HTMLInputElement>('input[name="email"]');
    // SupportInput's one rule a visitor can break, checked by the browser's own e-mail rule: valibot stays off
    // the widget's code (the API checks it all).
    if (email && !email.checkValidity()) {
      this.emailInvalid = true;
      this.host.requestUpdate();
      email.focus();
      return {};
    }
    this.sending = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const { token } = await identity();
      const receipt = view.mySupport
        ? await withdrawSupport(base, view.slug, token)
        : await supportRecommendation(
            base,
            view.slug,
            { email: email?.value.trim() || undefined, language },
            token,
          );
      return { receipt };
    } catch (error) {
      const failure = asApiError(error);
      this.error = (t) => errorMessage(t, failure.code);
      return { failure };
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }
}
