/**
 * An event's facts as organisers check them, and its duplicate and cancel
 * panels. Texts written by organisers are bound as text, never HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '../../../schema/vocabulary.ts';
import { type Named, nameOf } from '../model.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import type { AdminEventView } from './events.api.ts';
import { registeredCount, renderSeats } from './events.render.ts';
import { formatEventTime } from './time.ts';
import type { EventsTranslation } from './translations/dictionaries.ts';

export function renderFacts(
  event: AdminEventView,
  w: EventsTranslation,
  territories: readonly Named[],
): TemplateResult {
  const e = w.event;
  const language = w.$code;
  const fact = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  const territory = nameOf(territories, event.territory, language);
  const accessibility = [
    event.accessibility.stepFree ? e.stepFree : '',
    event.accessibility.signLanguage ? e.signLanguage : '',
    event.accessibility.note ? localize(event.accessibility.note, language) : '',
  ].filter(Boolean);
  return html`
    <dl part="facts" class="facts" aria-label=${e.facts}>
      ${fact(e.when, formatEventTime(language, event.startsAt, event.endsAt, event.timeZone))}
      ${fact(e.format, w.formats[event.format])}
      ${fact(e.mode, w.modes[event.mode])}
      ${fact(
        e.themes,
        event.themes.length
          ? event.themes.map((theme) => localize(theme.title, language)).join(', ')
          : e.noTheme,
      )}
      ${fact(e.territory, territory)}
      ${fact(e.place, event.place ? `${event.place.name}, ${event.place.address}` : e.online)}
      ${event.mode === 'in_person' ? nothing : fact(e.onlineUrl, event.onlineUrl ?? e.none)}
      ${fact(w.list.seats, renderSeats(event, w))}
      ${fact(e.waitlist, event.waitlist ? e.waitlistOn : e.waitlistOff)}
      ${fact(e.audience, w.audiences[event.audience])}
      ${fact(e.guests, event.allowGuests ? e.guestsAllowed : e.guestsRefused)}
      ${fact(e.languages, event.languages.map((code) => w.languages[code]).join(', '))}
      ${fact(e.facilitator, event.facilitator ?? e.none)}
      ${fact(e.referents, event.referents.length ? event.referents.join(', ') : e.none)}
      ${fact(e.secretary, event.secretary ?? e.none)}
      ${fact(e.accessibility, accessibility.length ? accessibility.join(' · ') : e.none)}
      ${event.reminderHours === undefined ? nothing : fact(e.reminderLabel, e.reminder(event.reminderHours))}
    </dl>
    <div class="text" lang=${event.description[language] ? language : 'fr'}>${localize(event.description, language)}</div>
  `;
}

export interface DuplicateState {
  slug: string;
  startsAt: string;
  timeZone: string;
  errors: { slug?: string; startsAt?: string };
  sending: boolean;
  change: (patch: { slug?: string; startsAt?: string }) => void;
  submit: (event: SubmitEvent) => void;
  close: () => void;
}

export function renderDuplicate(
  t: AdminTranslation,
  w: EventsTranslation,
  state: DuplicateState,
): TemplateResult {
  const d = w.duplicate;
  const field = (
    id: 'duplicate-slug' | 'duplicate-start',
    label: string,
    type: string,
    value: string,
    error: string | undefined,
    hint: string,
    set: (value: string) => void,
  ) => html`
    <label>
      ${label}
      <input
        id=${id}
        type=${type}
        .value=${value}
        required
        autocomplete="off"
        maxlength=${type === 'text' ? 64 : nothing}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="${id}-hint ${id}-error"
        @input=${(event: Event) => set((event.target as HTMLInputElement).value)}
      />
      <span id="${id}-hint" class="hint">${hint}</span>
      <span id="${id}-error" class="error">${error ?? nothing}</span>
    </label>
  `;
  return html`
    <form part="duplicate" class="stack panel" novalidate aria-labelledby="duplicate-heading" @submit=${state.submit} @keydown=${closeOnEscape(state.close)}>
      <h3 id="duplicate-heading" tabindex="-1">${d.heading}</h3>
      <p class="muted">${d.intro}</p>
      ${field('duplicate-slug', d.slug, 'text', state.slug, state.errors.slug, w.form.slugHint, (slug) =>
        state.change({ slug }),
      )}
      ${field(
        'duplicate-start',
        d.startsAt,
        'datetime-local',
        state.startsAt,
        state.errors.startsAt,
        w.form.timesHint(state.timeZone),
        (startsAt) => state.change({ startsAt }),
      )}
      <div class="row">
        <button type="submit" class="primary" aria-disabled=${state.sending ? 'true' : 'false'}>
          ${state.sending ? t.sending : d.submit}
        </button>
        <button type="button" class="secondary" @click=${state.close}>${t.cancel}</button>
      </div>
    </form>
  `;
}

export interface CancelState {
  event: AdminEventView;
  reason: string;
  sending: boolean;
  change: (reason: string) => void;
  confirm: () => void;
  close: () => void;
}

export function renderCancel(t: AdminTranslation, w: EventsTranslation, state: CancelState): TemplateResult {
  const c = w.cancel;
  return html`
    <div part="cancel" class="stack panel" role="group" aria-labelledby="cancel-heading" @keydown=${closeOnEscape(state.close)}>
      <h3 id="cancel-heading" tabindex="-1">${c.heading}</h3>
      <p><strong>${c.warning(registeredCount(state.event))}</strong></p>
      <label>
        ${c.reason}
        <textarea
          id="cancel-reason"
          maxlength="1000"
          .value=${state.reason}
          aria-describedby="cancel-reason-hint"
          @input=${(event: Event) => state.change((event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <span id="cancel-reason-hint" class="hint">${c.reasonHint}</span>
      </label>
      <div class="row">
        <button type="button" class="danger" id="cancel-confirm" aria-disabled=${state.sending ? 'true' : 'false'} @click=${state.confirm}>
          ${state.sending ? t.sending : c.confirm}
        </button>
        <button type="button" class="secondary" @click=${state.close}>${c.keep}</button>
      </div>
    </div>
  `;
}

/** Escape closes a panel, as the rejection form of the queue does. */
const closeOnEscape = (close: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Escape') close();
};
