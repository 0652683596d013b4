/**
 * What the recommendations' screens share beyond the moderation page's
 * element: their own dictionary, spoken in the same language as the page's
 * (whose common words, roles and error messages they use too).
 */
import { LanguageController } from '../../internal/lang.ts';
import { SipModerationElement } from '../moderation-element.ts';
import {
  type RecommendationsTranslation,
  recommendationsDictionaries,
  recommendationsErrorMessage,
} from './translations/dictionaries.ts';

/** An element of the recommendations' view: `this.t` is the page's dictionary, `this.w` the recommendations' words. */
export class SipRecommendationsElement extends SipModerationElement {
  private readonly words = new LanguageController(this, recommendationsDictionaries);

  /** The recommendations' words, in the page's language once loaded (French meanwhile). */
  protected get w(): RecommendationsTranslation {
    return this.words.t;
  }

  /** Also waits for the recommendations' dictionary of a newly set language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.words.ready;
    return super.getUpdateComplete();
  }

  /** Its heading: a screen's `h2`, or a panel's `h3` on the recommendation's page. */
  override focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2, h3')?.focus();
  }

  /** What to tell the editor or the board for an error code. */
  protected message(code: string): string {
    return recommendationsErrorMessage(this.t, this.w, code);
  }
}
