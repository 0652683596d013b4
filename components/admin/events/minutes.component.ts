import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as v from 'valibot';
import { LANGUAGES, type Language } from '../../../schema/common.ts';
import { MinutesInput } from '../../../schema/events.ts';
import { baseStyles } from '../../internal/styles.ts';
import { formatDateTime, formatNumber } from '../../translations/format.ts';
import { adminStyles } from '../admin.styles.ts';
import { type Named, nameOf } from '../model.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import { type AdminEventView, publishMinutes } from './events.api.ts';
import { eventsStyles } from './events.styles.ts';
import { SipEventsElement } from './events-element.ts';
import type { EventsTranslation } from './translations/dictionaries.ts';

type Message = (t: AdminTranslation, w: EventsTranslation) => string;
type Minutes = NonNullable<AdminEventView['minutes']>;

const MINUTES_MAX = 20_000;

/**
 * @summary An event's minutes: the session secretary's text in French (Dutch and English optional), published after the event with the attendance figures by role and territory.
 * @tagname sip-moderation-event-minutes
 *
 * @event {CustomEvent<SipMinutesDetail>} sip-minutes - The minutes were published; `detail.event` carries them with the attendance figures.
 * @event {CustomEvent<SipErrorDetail>} sip-error - Publishing failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart form - The minutes' text areas and the publish button.
 * @csspart figures - Who came, by role and by territory.
 * @csspart status - The live region announcing the publication.
 */
export class SipModerationEventMinutes extends SipEventsElement {
  static override styles = [baseStyles, adminStyles, eventsStyles];

  /** The event whose minutes to publish. */
  @property({ attribute: false }) event?: AdminEventView;
  /** Territories, for the figures' names. */
  @property({ attribute: false }) territories: readonly Named[] = [];

  @state() private text: Record<Language, string> = { fr: '', nl: '', en: '' };
  /** The languages whose text the schema (or the API) refused. */
  @state() private invalid: Language[] = [];
  @state() private sending = false;
  @state() private announcement?: Message;
  @state() private alert?: Message;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('event');
    // A new event, or the minutes as just published: the text areas show them.
    if (
      changed.has('event') &&
      (previous?.slug !== this.event?.slug ||
        previous?.minutes?.publishedAt !== this.event?.minutes?.publishedAt)
    ) {
      const text = this.event?.minutes?.text;
      this.text = { fr: text?.fr ?? '', nl: text?.nl ?? '', en: text?.en ?? '' };
      this.invalid = [];
      if (previous?.slug !== this.event?.slug) this.announcement = undefined;
    }
  }

  override render() {
    const { t, w } = this;
    const m = w.minutes;
    const event = this.event;
    if (!event) return nothing;
    return html`
      <section class="stack" aria-labelledby="minutes-heading">
        <h3 id="minutes-heading">${m.heading}</h3>
        ${
          event.status === 'cancelled'
            ? html`<p class="muted">${m.cancelled}</p>`
            : Date.parse(event.endsAt) > Date.now()
              ? html`<p class="muted">${m.later}</p>`
              : this.renderForm(event, t, w)
        }
      </section>
    `;
  }

  private renderForm(event: AdminEventView, t: AdminTranslation, w: EventsTranslation): TemplateResult {
    const m = w.minutes;
    return html`
      <p>${m.intro}</p>
      <p part="status" class="status" role="status">${this.announcement?.(t, w) ?? nothing}</p>
      ${event.minutes ? this.renderFigures(event.minutes, t, w) : nothing}
      <form part="form" class="stack" novalidate @submit=${this.publish}>
        <p class="error" role="alert">${this.alert?.(t, w) ?? nothing}</p>
        ${LANGUAGES.map((language) => {
          const id = `minutes-${language}`;
          const invalid = this.invalid.includes(language);
          return html`
            <label>
              ${w.form.inLanguage(m.text, w.languages[language], language !== 'fr')}
              <textarea
                id=${id}
                rows=${language === 'fr' ? 12 : 6}
                maxlength=${MINUTES_MAX}
                ?required=${language === 'fr'}
                .value=${this.text[language]}
                aria-invalid=${invalid ? 'true' : 'false'}
                aria-describedby="${id}-error"
                @input=${(input: Event) => {
                  this.text = { ...this.text, [language]: (input.target as HTMLTextAreaElement).value };
                  this.invalid = this.invalid.filter((other) => other !== language);
                  this.announcement = undefined;
                }}
              ></textarea>
              <span id="${id}-error" class="error">
                ${invalid ? (language === 'fr' ? m.required : m.tooLong) : nothing}
              </span>
            </label>
          `;
        })}
        <div class="row">
          <button type="submit" class="primary" aria-disabled=${this.sending ? 'true' : 'false'}>
            ${this.sending ? t.sending : event.minutes ? m.republish : m.publish}
          </button>
        </div>
      </form>
    `;
  }

  private renderFigures(minutes: Minutes, t: AdminTranslation, w: EventsTranslation): TemplateResult {
    const m = w.minutes;
    const language = w.$code;
    const role = (code: string) =>
      Object.hasOwn(t.roles, code)
        ? t.roles[code as keyof AdminTranslation['roles']]
        : Object.hasOwn(m.otherRoles, code)
          ? m.otherRoles[code as keyof EventsTranslation['minutes']['otherRoles']]
          : code;
    const table = (id: string, caption: string, rows: [string, number][]) => html`
      <table data-figures=${id}>
        <caption>${caption}</caption>
        <thead><tr><th scope="col">${caption}</th><th scope="col">${m.count}</th></tr></thead>
        <tbody>${rows.map(([label, count]) => html`<tr><th scope="row">${label}</th><td>${formatNumber(language, count)}</td></tr>`)}</tbody>
      </table>
    `;
    const { attendees } = minutes;
    return html`
      <div part="figures" class="stack">
        <p class="muted">${m.published(formatDateTime(language, minutes.publishedAt))}</p>
        <p><strong>${m.attendees}</strong> — ${m.total(attendees.total)}</p>
        <div class="fields">
          ${table(
            'role',
            m.byRole,
            attendees.byRole.map((entry) => [role(entry.role), entry.count]),
          )}
          ${table(
            'territory',
            m.byTerritory,
            attendees.byTerritory.map((entry) => [
              nameOf(this.territories, entry.territory, language),
              entry.count,
            ]),
          )}
        </div>
      </div>
    `;
  }

  private async publish(submitted: SubmitEvent): Promise<void> {
    submitted.preventDefault();
    const slug = this.event?.slug;
    if (!slug || this.sending) return;
    const result = v.safeParse(MinutesInput, {
      text: Object.fromEntries(
        LANGUAGES.flatMap((language) => {
          const text = this.text[language].trim();
          return language === 'fr' || text ? [[language, text]] : [];
        }),
      ),
    });
    if (!result.success) {
      return this.refuse(
        result.issues.map((issue) => issue.path?.map((item) => String(item.key)).join('.') ?? ''),
      );
    }
    this.sending = true;
    this.alert = undefined;
    try {
      const event = await publishMinutes(this.adminClient, slug, result.output);
      this.announcement = (_t, w) => w.minutes.done;
      this.emit('sip-minutes', { event });
    } catch (error) {
      const { code, issues } = this.emitError(error);
      if (code === 'validation_failed' && issues.length) await this.refuse(issues.map((issue) => issue.path));
      else this.alert = () => this.message(code);
    } finally {
      this.sending = false;
    }
  }

  /** Marks the refused languages (`text.fr`…) and takes the organiser to the first. */
  private async refuse(paths: readonly string[]): Promise<void> {
    const refused = LANGUAGES.filter((language) => paths.includes(`text.${language}`));
    // A refusal of the whole text (or the body) is the French one's: it is the text that must be there.
    this.invalid = refused.length ? refused : ['fr'];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}
