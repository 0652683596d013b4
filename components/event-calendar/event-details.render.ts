/**
 * What an event's details show, read-only: its facts (when, in its own zone
 * and the visitor's; where; who; languages; accessibility; who may register),
 * its description, the calendar links and, after it, the minutes. Part of the
 * details' code (event-details.ts), fetched when an event is first opened.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BreakdownRole, Language } from '../../schema/common.ts';
import type { EventView } from '../../schema/events.ts';
import { localize } from '../../schema/vocabulary.ts';
import { type DetailsContext, territoryName } from './event-calendar.render.ts';
import { eventTimes } from './event-times.ts';
import type { EventDetailsTranslation } from './translations/translation.ts';

/** A text as paragraphs: one per block separated by a blank line, its line breaks kept. */
export function paragraphs(text: string): TemplateResult[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => html`<p>${block}</p>`);
}

function languageNames(language: Language, codes: readonly string[]): string {
  const names = new Intl.DisplayNames(language, { type: 'language' });
  return codes.map((code) => names.of(code) ?? code).join(', ');
}

const fact = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;

function accessibility(t: EventDetailsTranslation, view: EventView, lang: Language): string[] {
  const { stepFree, signLanguage, note } = view.accessibility;
  return [
    ...(view.place ? [stepFree ? t.stepFree : t.notStepFree] : []),
    ...(signLanguage ? [t.signLanguage] : []),
    ...(note ? [localize(note, lang)] : []),
  ];
}

export function renderFacts(c: DetailsContext, view: EventView): TemplateResult {
  const { t, lang } = c;
  const times = eventTimes(lang, view);
  const place = view.place;
  const access = accessibility(t, view, lang);
  return html`
    <dl class="facts">
      ${fact(
        t.whenHeading,
        html`<time datetime=${view.startsAt}>${t.inZone(times.range, times.zone)}</time>
          ${times.local ? html`<br /><span class="local">${t.yourTime(times.local.range, times.local.zone)}</span>` : nothing}`,
      )}
      ${fact(
        t.whereHeading,
        place
          ? html`${place.name}<br />${place.address}${view.mode === 'hybrid' ? html`<br />${t.online}` : nothing}`
          : t.online,
      )}
      ${view.mode === 'online' ? nothing : fact(t.territoryLabel, territoryName(c, view.territory))}
      ${fact(t.formatLabel, t.formats[view.format])}
      ${view.themes.length ? fact(t.themesLabel, view.themes.map((theme) => localize(theme.title, lang)).join(', ')) : nothing}
      ${fact(t.languagesLabel, languageNames(lang, view.languages))}
      ${view.facilitator ? fact(t.facilitatorLabel, view.facilitator) : nothing}
      ${view.referents.length ? fact(t.referentsLabel, view.referents.join(', ')) : nothing}
      ${view.secretary ? fact(t.secretaryLabel, view.secretary) : nothing}
      ${access.length ? fact(t.accessibilityLabel, access.join(' · ')) : nothing}
      ${fact(t.audienceLabel, t.audiences[view.audience])}
    </dl>
  `;
}

export function renderCalendarLinks(t: EventDetailsTranslation, view: EventView): TemplateResult {
  const external = (href: string, label: string) =>
    html`<li><a href=${href} target="_blank" rel="noopener">${label}<span class="visually-hidden"> ${t.newTab}</span></a></li>`;
  return html`
    <section part="calendar-links" aria-labelledby="calendar-heading">
      <h3 id="calendar-heading">${t.calendarHeading}</h3>
      <ul class="links">
        <li><a href=${view.calendar.ics} download>${t.downloadIcs}</a></li>
        ${external(view.calendar.google, t.addToGoogle)} ${external(view.calendar.outlook, t.addToOutlook)}
      </ul>
    </section>
  `;
}

/** After the event: the minutes as paragraphs, and who came by stakeholder and territory. */
export function renderMinutes(c: DetailsContext, view: EventView): TemplateResult | typeof nothing {
  const minutes = view.minutes;
  if (!minutes) return nothing;
  const { t, lang } = c;
  const { attendees } = minutes;
  const counts = (label: string, rows: [string, number][]) =>
    rows.length
      ? html`<h4>${label}</h4><ul>${rows.map(([name, count]) => html`<li>${t.labelled(name, t.attendees(count))}</li>`)}</ul>`
      : nothing;
  return html`
    <section part="minutes" aria-labelledby="minutes-heading">
      <h3 id="minutes-heading">${t.minutesHeading}</h3>
      <div class="text">${paragraphs(localize(minutes.text, lang))}</div>
      <p><strong>${t.attendees(attendees.total)}</strong></p>
      ${counts(
        t.byRoleLabel,
        attendees.byRole.map(({ role, count }) => [t.roles[role as BreakdownRole] ?? role, count]),
      )}
      ${counts(
        t.byTerritoryLabel,
        attendees.byTerritory.map(({ territory, count }) => [territoryName(c, territory), count]),
      )}
    </section>
  `;
}
