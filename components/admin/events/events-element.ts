/**
 * What the organisers' screens share beyond the moderation page's element:
 * their own dictionary, spoken in the same language as the page's (whose
 * common words, roles and error messages they use too).
 */
import { LanguageController } from '../../internal/lang.ts';
import { SipModerationElement } from '../moderation-element.ts';
import {
  type EventsTranslation,
  eventsDictionaries,
  eventsErrorMessage,
} from './translations/dictionaries.ts';

/** An element of the events view: `this.t` is the page's dictionary, `this.w` the events' words. */
export class SipEventsElement extends SipModerationElement {
  private readonly words = new LanguageController(this, eventsDictionaries);

  /** The events' words, in the page's language once loaded (French meanwhile). */
  protected get w(): EventsTranslation {
    return this.words.t;
  }

  /** Also waits for the events' dictionary of a newly set language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.words.ready;
    return super.getUpdateComplete();
  }

  /** What to tell the organiser for an error code. */
  protected message(code: string): string {
    return eventsErrorMessage(this.t, this.w, code);
  }
}
