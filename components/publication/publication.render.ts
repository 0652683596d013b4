/**
 * `<sip-publication>`'s pure render functions: one theme of an edition, in
 * the four parts of the printed page (what was asked, what participants
 * said, what is recommended, what the board answered). Every text is put in
 * as a value: Lit escapes it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../schema/common.ts';
import type {
  PublicationPoll,
  PublicationQuote,
  PublicationRecommendation,
  PublicationTheme,
} from '../../schema/publications.ts';
import type { WrittenText } from '../../schema/recommendations.ts';
import { LANGUAGES, localize } from '../../schema/vocabulary.ts';
import { formatDate, formatNumber, formatPercent } from '../translations/format.ts';
import type { PublicationTranslation } from './translations/translation.ts';

export interface RenderContext {
  t: PublicationTranslation;
  lang: Language;
  /** A territory's name in the page's language (its code when unknown). */
  territory: (code: string) => string;
}

/** The id of a theme's section, and of its heading (`-title`). */
export const themeId = (slug: string) => `theme-${slug}`;

/** A day without its time (`2027-03-31`, the board's "review on"), in the visitor's language. */
const calendarDay = (lang: Language, day: string) => formatDate(lang, `${day}T12:00:00`);

/**
 * Text written in one or several languages: the visitor's when present,
 * else the first written, marked with its language and said so.
 */
export function written(c: RenderContext, text: WrittenText): TemplateResult {
  const shown = text[c.lang] ? c.lang : LANGUAGES.find((language) => text[language]);
  if (!shown || shown === c.lang) return html`${text[c.lang] ?? ''}`;
  return html`<span lang=${shown}>${text[shown]}</span>
    <span class="note">(${c.t.shownIn(c.t.languageNames[shown])})</span>`;
}

/** Plain text of written text, for a sentence around it. */
function plain(c: RenderContext, text: WrittenText): string {
  return text[c.lang] ?? text.fr ?? text.nl ?? text.en ?? '';
}

export function renderTheme(c: RenderContext, { theme, asked, said, recommended }: PublicationTheme) {
  const { t, lang } = c;
  const id = themeId(theme.slug);
  return html`
    <section part="theme" class="theme" id=${id} aria-labelledby="${id}-title">
      <h3 id="${id}-title" tabindex="-1">${theme.position}. ${localize(theme.title, lang)}</h3>
      <p class="summary">${localize(theme.summary, lang)}</p>

      <h4>${t.asked}</h4>
      ${asked.length === 0 ? html`<p class="muted">${t.noPolls}</p>` : asked.map((poll) => renderPoll(c, poll))}

      <h4>${t.said}</h4>
      ${renderFigures(c, said)}
      <h5>${t.quotes}</h5>
      ${
        said.quotes.length === 0
          ? html`<p class="muted">${t.noQuotes}</p>`
          : said.quotes.map((quote) => renderQuote(c, quote))
      }

      <h4>${t.recommended}</h4>
      ${
        recommended.length === 0
          ? html`<p class="muted">${t.noRecommendations}</p>`
          : html`<ol class="items">${recommended.map((item) => renderRecommendation(c, item))}</ol>`
      }

      <h4>${t.answered}</h4>
      ${
        recommended.length === 0
          ? html`<p class="muted">${t.noRecommendations}</p>`
          : recommended.map((item) => renderAnswer(c, item))
      }
    </section>
  `;
}

function renderPoll(c: RenderContext, poll: PublicationPoll): TemplateResult {
  const { t, lang } = c;
  const id = `poll-${poll.slug}`;
  const when = poll.closesAt
    ? (poll.closed ? t.closedOn : t.closesOn)(formatDate(lang, poll.closesAt))
    : t.openEnded;
  const results = poll.results;
  return html`
    <div part="poll" class="card">
      <h5 id=${id}>${localize(poll.question, lang)}</h5>
      <p class="muted">
        ${t.pollKinds[poll.kind]} · ${when}${results ? ` · ${t.ballots(results.ballots)}` : nothing}
      </p>
      ${
        results
          ? html`<div class="scroll"><table aria-labelledby=${id}>
              <thead><tr><th scope="col">${t.option}</th><th scope="col" class="n">${t.votes}</th><th scope="col" class="n">${t.share}</th></tr></thead>
              <tbody>${poll.options.map((option) => {
                const votes = results.options.find((tally) => tally.key === option.key)?.votes ?? 0;
                return html`<tr><th scope="row">${localize(option.label, lang)}</th>
                  <td class="n">${formatNumber(lang, votes)}</td>
                  <td class="n">${results.ballots > 0 ? formatPercent(lang, votes / results.ballots) : '—'}</td></tr>`;
              })}</tbody>
            </table></div>`
          : html`<p class="muted">${t.resultsHidden}</p>`
      }
    </div>
  `;
}

function renderFigures(c: RenderContext, { events, contributions }: PublicationTheme['said']) {
  const { t, lang } = c;
  const figure = (label: string, value: number) =>
    html`<div><dt>${label}</dt><dd>${formatNumber(lang, value)}</dd></div>`;
  return html`
    <dl part="figures" class="figures" aria-label=${t.figures}>
      ${figure(t.eventsHeld, events.held)} ${figure(t.attendees, events.attendees)}
      ${figure(t.contributionsReceived, contributions.received)}
      ${figure(t.contributionsPublished, contributions.published)}
    </dl>
    ${
      events.byTerritory.length > 0
        ? counts(
            t.byTerritory,
            [t.territory, t.people],
            events.byTerritory.map((row) => [c.territory(row.territory), formatNumber(lang, row.count)]),
          )
        : nothing
    }
    ${
      events.byRole.length > 0
        ? counts(
            t.byRole,
            [t.category, t.people],
            events.byRole.map((row) => [t.roles[row.role] ?? row.role, formatNumber(lang, row.count)]),
          )
        : nothing
    }
  `;
}

function counts(caption: string, [what, count]: [string, string], rows: [string, string][]) {
  return html`<div class="scroll"><table>
    <caption>${caption}</caption>
    <thead><tr><th scope="col">${what}</th><th scope="col" class="n">${count}</th></tr></thead>
    <tbody>${rows.map(([name, value]) => html`<tr><th scope="row">${name}</th><td class="n">${value}</td></tr>`)}</tbody>
  </table></div>`;
}

function renderQuote(c: RenderContext, quote: PublicationQuote): TemplateResult {
  const { t } = c;
  const role = t.roles[quote.role as keyof PublicationTranslation['roles']] ?? quote.role;
  return html`
    <figure part="quote" class="quote">
      <blockquote><p>${quote.text}</p></blockquote>
      <figcaption>
        — ${quote.author ?? t.anonymous}, ${role}, ${c.territory(quote.territory)}${quote.excerpt ? ` (${t.excerpt})` : nothing}
      </figcaption>
    </figure>
  `;
}

function statusBadge(c: RenderContext, item: PublicationRecommendation): TemplateResult {
  return html`<span class="badge status-${item.status}">${c.t.statuses[item.status]}</span>
    <span class="muted">${c.t.since(formatDate(c.lang, item.statusAt))}</span>`;
}

function renderRecommendation(c: RenderContext, item: PublicationRecommendation): TemplateResult {
  return html`
    <li part="recommendation" class="card">
      <h5>${written(c, item.title)}</h5>
      <p>${written(c, item.summary)}</p>
      <p class="meta">${statusBadge(c, item)} · <span>${c.t.supports(item.supports)}</span></p>
    </li>
  `;
}

function renderAnswer(c: RenderContext, item: PublicationRecommendation): TemplateResult {
  const { t, lang } = c;
  const { answer } = item;
  return html`
    <div part="answer" class="card">
      <h5>${written(c, item.title)}</h5>
      <p class="meta">${statusBadge(c, item)}</p>
      ${item.mergedInto ? html`<p>${t.mergedInto(plain(c, item.mergedInto.title))}</p>` : nothing}
      ${
        answer
          ? html`<div class="board">
              <p class="muted">${t.answerOf(answer.version, formatDate(lang, answer.answeredAt))}</p>
              <p class="text">${written(c, answer.text)}</p>
              ${answer.reviewOn ? html`<p class="muted">${t.reviewOn(calendarDay(lang, answer.reviewOn))}</p>` : nothing}
            </div>`
          : html`<p class="muted">${t.noAnswer}</p>`
      }
      ${
        item.timeline.length > 0
          ? html`<details part="timeline">
              <summary>${t.timeline(item.timeline.length)}</summary>
              <ol>${item.timeline.map(
                (change) =>
                  html`<li>${t.change(t.statuses[change.from], t.statuses[change.to], t.bodies[change.by], formatDate(lang, change.at))}${
                    change.reason ? html` — ${t.reason(plain(c, change.reason))}` : nothing
                  }</li>`,
              )}</ol>
            </details>`
          : nothing
      }
    </div>
  `;
}
