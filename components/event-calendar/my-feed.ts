/**
 * The subscribe panel's part for a signed-in person: their private feed of
 * the events they registered for, read on request (its URL is a secret, so
 * never before they ask), and reset when it leaked. Comes with the details'
 * code (details.ts), as the rest of the panel's words do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { resolveApiBase } from '../internal/config.ts';
import type { IdentityController } from '../internal/identity-controller.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import { myFeed } from './event-calendar.api.ts';
import type { CalendarHost } from './event-calendar.render.ts';
import type {
  DetailsStrings,
  EventCalendarTranslation,
  EventDetailsTranslation,
} from './translations/translation.ts';

export interface MyFeedContext {
  host: CalendarHost;
  identity: IdentityController;
  /** Says something through the element's live region. */
  announce: (message: (t: EventCalendarTranslation & Partial<DetailsStrings>) => string) => void;
}

export class MyFeed {
  private url = '';
  private busy = false;
  /** Whether the visitor is asked to confirm a reset. */
  private confirming = false;
  private problem = '';
  /** The identity's version the URL belongs to: another person never sees it. */
  private version = -1;

  constructor(private readonly context: MyFeedContext) {}

  render(t: EventDetailsTranslation, copy: (event: Event) => void): TemplateResult {
    const { identity } = this.context;
    if (identity.version !== this.version) {
      this.version = identity.version;
      this.url = '';
      this.confirming = false;
      this.problem = '';
    }
    const feed = this.url ? new URL(this.url) : null;
    return html`
      <div class="my-feed" role="group" aria-label=${t.myFeed}>
        ${
          feed
            ? html`
              <p>${t.myFeedPrivate}</p>
              <p><a href=${`webcal://${feed.host}${feed.pathname}${feed.search}`}>${t.subscribeLink}</a></p>
              <label for="my-feed-url">${t.feedUrlLabel}</label>
              <div class="copy">
                <input id="my-feed-url" type="url" readonly .value=${feed.href} />
                <button class="secondary" type="button" @click=${copy}>${t.copyUrl}</button>
              </div>
              ${this.confirming ? this.renderConfirm(t) : this.button('reset-feed', t.resetFeed, this.ask)}
            `
            : this.button('my-feed', t.myFeed, () => this.load(false))
        }
        <p class="error" role="alert">${this.problem ? errorMessage(t, this.problem) : nothing}</p>
      </div>
    `;
  }

  private button(id: string, label: string, click: () => void): TemplateResult {
    return html`<p><button id=${id} class="secondary" type="button" aria-disabled=${this.busy ? 'true' : 'false'}
      @click=${click}>${label}</button></p>`;
  }

  /** The reset asked for in plain words: the old link stops working. */
  private renderConfirm(t: EventDetailsTranslation): TemplateResult {
    return html`
      <p id="reset-warning">${t.resetWarning}</p>
      <div class="copy">
        <button id="reset-confirm" type="button" aria-describedby="reset-warning"
          aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.load(true)}>${t.resetConfirm}</button>
        <button class="secondary" type="button" @click=${() => this.settle(false, 'reset-feed')}>${t.resetCancel}</button>
      </div>
    `;
  }

  private readonly ask = (): void => void this.settle(true, 'reset-confirm');

  /** Shows or leaves the confirmation, the focus on what replaces the button pressed. */
  private async settle(confirming: boolean, focus: string): Promise<void> {
    const { host } = this.context;
    this.confirming = confirming;
    host.requestUpdate();
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>(`#${focus}`)?.focus();
  }

  /** Reads the person's feed URL, or a new one (`reset`), with their token. */
  private async load(reset: boolean): Promise<void> {
    const { host, identity, announce } = this.context;
    if (this.busy) return;
    this.busy = true;
    this.problem = '';
    host.requestUpdate();
    try {
      const { token } = await identity.resolve();
      const { url } = await myFeed(resolveApiBase(host), token, reset);
      this.url = url;
      this.confirming = false;
      if (reset) announce((t) => t.feedReset ?? '');
    } catch (error) {
      this.problem = host.emitError(error).code;
    } finally {
      this.busy = false;
    }
    await this.settle(
      this.confirming,
      this.problem ? (reset ? 'reset-confirm' : 'my-feed') : reset ? 'reset-feed' : 'my-feed-url',
    );
  }
}
