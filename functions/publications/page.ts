/**
 * The printable annual publication (`/publication/YEAR`): an edition's
 * frozen snapshot as one HTML page, in French, Dutch or English, laid out
 * for A4 (a cover with the table of contents, then one theme per page
 * onwards). Rendered with Hono's `html` helper, which escapes every value
 * put in it: every text a participant, an editor or the board wrote goes in
 * as a value, never as markup.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Language, LocalizedText } from '../../schema/common.ts';
import { LANGUAGES, localize } from '../../schema/common.ts';
import type {
  PublicationEdition,
  PublicationPoll,
  PublicationQuote,
  PublicationRecommendation,
  PublicationTheme,
} from '../../schema/publications.ts';
import type { WrittenText } from '../../schema/recommendations.ts';
import { PAGE_STRINGS, type PageStrings } from './page-strings.ts';
import type { EditionRecord } from './queries.ts';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** What the page needs besides the edition: names and links. */
export interface PageContext {
  language: Language;
  /** Territories' names by code (a code without one is shown as is). */
  territories: ReadonlyMap<string, LocalizedText>;
  /** The year's editions, for the links between them. */
  editions: readonly EditionRecord[];
}

/**
 * The language of the page: `?lang=` when it is one of the kit's, else the
 * first of Accept-Language's that is (by weight), else French.
 *
 * @example
 * pageLanguage(undefined, 'nl-BE,nl;q=0.9,en;q=0.8'); // 'nl'
 */
export function pageLanguage(query: string | undefined, acceptLanguage: string | undefined): Language {
  const known = (tag: string) => {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : undefined;
  };
  if (query) {
    const chosen = known(query);
    if (chosen) return chosen;
  }
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...parameters] = part.split(';');
      const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag, weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const language = known(tag);
    if (language) return language;
  }
  return 'fr';
}

class Formats {
  private readonly day: Intl.DateTimeFormat;
  private readonly calendarDay: Intl.DateTimeFormat;
  private readonly number: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;

  constructor(locale: string) {
    // The cooperative's time zone: a date is the day it was in Brussels.
    this.day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Brussels' });
    this.calendarDay = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    this.number = new Intl.NumberFormat(locale);
    this.percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  }

  date = (instant: string) => this.day.format(new Date(instant));
  /** A calendar day (`2027-03-31`), not an instant. */
  calendar = (day: string) => this.calendarDay.format(new Date(`${day}T12:00:00Z`));
  count = (value: number) => this.number.format(value);
  share = (part: number, whole: number) => (whole > 0 ? this.percent.format(part / whole) : '—');
}

interface Render {
  s: PageStrings;
  f: Formats;
  language: Language;
  territory: (code: string) => string;
}

/**
 * Text written in one or several languages: the page's language when
 * present, else the first written, marked with its language and said so.
 */
function written(r: Render, text: WrittenText): Html {
  const shown = text[r.language] ? r.language : LANGUAGES.find((language) => text[language]);
  if (!shown || shown === r.language) return html`${text[r.language] ?? ''}`;
  return html`<span lang="${shown}">${text[shown]}</span>
    <span class="note">(${r.s.shownIn(r.s.languageNames[shown])})</span>`;
}

function localized(r: Render, text: LocalizedText): string {
  return localize(text, r.language);
}

/**
 * The whole page.
 *
 * @example
 * return c.html(renderEdition(edition, { language: 'nl', territories, editions }));
 */
export function renderEdition(edition: PublicationEdition, context: PageContext): Html {
  const s = PAGE_STRINGS[context.language];
  const r: Render = {
    s,
    f: new Formats(s.locale),
    language: context.language,
    territory: (code) => {
      const name = context.territories.get(code);
      return name ? localize(name, context.language) : code;
    },
  };
  const title = s.title(edition.year);
  return html`<!doctype html>
<html lang="${context.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${s.kicker} — ${title}</title>
<style>${raw(STYLES)}</style>
</head>
<body>
<header class="cover">
  <p class="kicker">${s.kicker}</p>
  <h1>${title}</h1>
  <p class="edition">${s.edition(edition.edition, r.f.date(edition.publishedAt))}</p>
  ${renderLinks(r, edition, context)}
</header>
<nav class="toc" aria-labelledby="contents">
  <h2 id="contents">${s.contents}</h2>
  <ol>
    ${edition.themes.map(
      (theme) =>
        html`<li><a href="#theme-${theme.theme.slug}">${localized(r, theme.theme.title)}</a>
          <span class="count">${s.recommendationCount(theme.recommended.length)}</span></li>`,
    )}
  </ol>
</nav>
<main>
  ${edition.themes.map((theme) => renderTheme(r, theme))}
</main>
<footer><p>${s.footer(edition.year, edition.edition)}</p></footer>
</body>
</html>`;
}

function renderLinks(r: Render, edition: PublicationEdition, context: PageContext): Html {
  const { s } = r;
  const api = `/api/v1/publications/${edition.year}`;
  const query = `?edition=${edition.edition}`;
  const page = (language: Language, number = edition.edition) =>
    `/publication/${edition.year}/${number}?lang=${language}`;
  return html`<div class="links">
    <nav aria-label="${s.languages}"><ul class="inline">
      ${LANGUAGES.map(
        (language) =>
          html`<li><a href="${page(language)}" hreflang="${language}" lang="${language}"
            ${language === r.language ? raw('aria-current="page"') : ''}>${PAGE_STRINGS[language].name}</a></li>`,
      )}
    </ul></nav>
    <p>${s.data} <a href="${api}${query}" type="application/json">JSON</a> ·
      <a href="${api}.csv${query}" type="text/csv">CSV</a></p>
    ${
      context.editions.length > 1
        ? html`<p>${s.otherEditions}</p><ul class="editions">
          ${context.editions.map((other) =>
            other.edition === edition.edition
              ? html`<li>${s.editionLink(other.edition, r.f.date(other.publishedAt))} ${s.current}</li>`
              : html`<li><a href="${page(r.language, other.edition)}">${s.editionLink(other.edition, r.f.date(other.publishedAt))}</a></li>`,
          )}
        </ul>`
        : ''
    }
  </div>`;
}

function renderTheme(r: Render, theme: PublicationTheme): Html {
  const { s } = r;
  const id = `theme-${theme.theme.slug}`;
  return html`<section class="theme" id="${id}" aria-labelledby="${id}-title">
  <h2 id="${id}-title"><span class="number">${theme.theme.position}.</span> ${localized(r, theme.theme.title)}</h2>
  <p class="summary">${localized(r, theme.theme.summary)}</p>

  <h3>${s.asked}</h3>
  ${theme.asked.length === 0 ? html`<p class="empty">${s.noPolls}</p>` : theme.asked.map((poll) => renderPoll(r, poll))}

  <h3>${s.said}</h3>
  ${renderFigures(r, theme.said)}
  <h4>${s.quotes}</h4>
  ${
    theme.said.quotes.length === 0
      ? html`<p class="empty">${s.noQuotes}</p>`
      : theme.said.quotes.map((quote) => renderQuote(r, quote))
  }

  <h3>${s.recommended}</h3>
  ${
    theme.recommended.length === 0
      ? html`<p class="empty">${s.noRecommendations}</p>`
      : html`<ol class="recommendations">${theme.recommended.map((item) => renderRecommendation(r, item))}</ol>`
  }

  <h3>${s.answered}</h3>
  ${
    theme.recommended.length === 0
      ? html`<p class="empty">${s.noRecommendations}</p>`
      : theme.recommended.map((item) => renderAnswer(r, item))
  }
</section>`;
}

function renderPoll(r: Render, poll: PublicationPoll): Html {
  const { s, f } = r;
  const when = poll.closesAt
    ? poll.closed
      ? s.closedOn(f.date(poll.closesAt))
      : s.closesOn(f.date(poll.closesAt))
    : s.openEnded;
  const results = poll.results;
  return html`<article class="poll${poll.kind === 'motion' ? ' motion' : ''}">
    <h4>${localized(r, poll.question)}</h4>
    <p class="meta">${s.pollKinds[poll.kind]} · ${when}${results ? ` · ${s.ballots(results.ballots)}` : ''}</p>
    ${
      results
        ? html`<table>
          <thead><tr><th scope="col">${s.option}</th><th scope="col" class="n">${s.votes}</th><th scope="col" class="n">${s.share}</th></tr></thead>
          <tbody>${poll.options.map((option) => {
            const votes = results.options.find((tally) => tally.key === option.key)?.votes ?? 0;
            return html`<tr><th scope="row">${localized(r, option.label)}</th>
              <td class="n">${f.count(votes)}</td><td class="n">${f.share(votes, results.ballots)}</td></tr>`;
          })}</tbody>
        </table>`
        : html`<p class="empty">${s.resultsHidden}</p>`
    }
  </article>`;
}

function renderFigures(r: Render, said: PublicationTheme['said']): Html {
  const { s, f } = r;
  const { events, contributions } = said;
  return html`<dl class="figures">
    <div><dt>${s.eventsHeld}</dt><dd>${f.count(events.held)}</dd></div>
    <div><dt>${s.attendees}</dt><dd>${f.count(events.attendees)}</dd></div>
    <div><dt>${s.contributionsReceived}</dt><dd>${f.count(contributions.received)}</dd></div>
    <div><dt>${s.contributionsPublished}</dt><dd>${f.count(contributions.published)}</dd></div>
  </dl>
  ${
    events.byTerritory.length > 0
      ? countTable(
          s.byTerritory,
          s.territory,
          s.people,
          events.byTerritory.map((row) => [r.territory(row.territory), f.count(row.count)]),
        )
      : ''
  }
  ${
    events.byRole.length > 0
      ? countTable(
          s.byRole,
          s.role,
          s.people,
          events.byRole.map((row) => [s.roles[row.role] ?? row.role, f.count(row.count)]),
        )
      : ''
  }`;
}

function countTable(caption: string, what: string, count: string, rows: [string, string][]): Html {
  return html`<table class="counts"><caption>${caption}</caption>
    <thead><tr><th scope="col">${what}</th><th scope="col" class="n">${count}</th></tr></thead>
    <tbody>${rows.map(([name, value]) => html`<tr><th scope="row">${name}</th><td class="n">${value}</td></tr>`)}</tbody>
  </table>`;
}

function renderQuote(r: Render, quote: PublicationQuote): Html {
  const { s } = r;
  const role = s.roles[quote.role as keyof PageStrings['roles']] ?? quote.role;
  return html`<figure class="quote">
    <blockquote><p>${quote.text}</p></blockquote>
    <figcaption>— ${quote.author ?? s.anonymous}, ${role}, ${r.territory(quote.territory)}${
      quote.excerpt ? ` (${s.excerpt})` : ''
    }</figcaption>
  </figure>`;
}

function renderRecommendation(r: Render, item: PublicationRecommendation): Html {
  const { s } = r;
  return html`<li class="recommendation">
    <h4>${written(r, item.title)}</h4>
    <p>${written(r, item.summary)}</p>
    <p class="meta"><span class="status ${item.status}">${s.statuses[item.status]}</span>
      · ${s.supports(item.supports)}</p>
  </li>`;
}

function renderAnswer(r: Render, item: PublicationRecommendation): Html {
  const { s, f } = r;
  const answer = item.answer;
  return html`<article class="answer">
    <h4>${written(r, item.title)}</h4>
    <p class="meta"><span class="status ${item.status}">${s.statusSince(s.statuses[item.status], f.date(item.statusAt))}</span></p>
    ${item.mergedInto ? html`<p>${s.mergedInto(plain(r, item.mergedInto.title))}</p>` : ''}
    ${
      answer
        ? html`<div class="board"><p class="meta">${s.answerOf(answer.version, f.date(answer.answeredAt))}</p>
          <p class="text">${written(r, answer.text)}</p>
          ${answer.reviewOn ? html`<p class="meta">${s.reviewOn(f.calendar(answer.reviewOn))}</p>` : ''}</div>`
        : html`<p class="empty">${s.noAnswer}</p>`
    }
    ${
      item.timeline.length > 0
        ? html`<p class="timeline-title">${s.timeline}</p><ol class="timeline">${item.timeline.map(
            (change) =>
              html`<li>${s.change(s.statuses[change.from], s.statuses[change.to], s.bodies[change.by], f.date(change.at))}${
                change.reason ? html` — ${s.reason}\u00a0: ${written(r, change.reason)}` : ''
              }</li>`,
          )}</ol>`
        : ''
    }
  </article>`;
}

/** Written text as a plain string (for a sentence around it): the page's language, else the first written. */
function plain(r: Render, text: WrittenText): string {
  return text[r.language] ?? text.fr ?? text.nl ?? text.en ?? '';
}

/**
 * The page's look, on screen and on paper: A4 with numbered pages, each
 * theme from a new page, headings kept with what follows, tables and
 * quotes never split across pages.
 */
const STYLES = `
:root { color-scheme: light; --accent: #17694e; --muted: #4d545c; --rule: #c4c9d0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 48rem; padding: 2rem 1.25rem 3rem; font: 11pt/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: #1f2328; background: #fff; }
a { color: var(--accent); }
h1, h2, h3, h4 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 2rem; margin: 0.25rem 0 1rem; }
h2 { font-size: 1.5rem; margin: 0 0 0.5rem; }
h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--accent); }
h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; color: var(--accent); font-weight: 700; margin: 0; }
.cover { border-bottom: 1px solid var(--rule); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.links ul.inline { list-style: none; padding: 0; margin: 0 0 0.5rem; display: flex; gap: 1rem; }
.links [aria-current="page"] { font-weight: 700; text-decoration: none; color: inherit; }
.toc ol { padding-left: 1.5rem; }
.toc li { margin: 0.35rem 0; }
.toc .count, .meta, .note, .empty, figcaption, .timeline { color: var(--muted); }
.meta, .note, figcaption, .timeline { font-size: 0.9em; }
.summary { font-style: italic; }
.theme { padding-top: 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; break-inside: avoid; page-break-inside: avoid; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th[scope="row"] { font-weight: normal; }
.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.75rem; margin: 0.5rem 0 1rem; }
.figures div { border: 1px solid var(--rule); border-radius: 0.4rem; padding: 0.5rem 0.75rem; break-inside: avoid; }
.figures dt { font-size: 0.85em; color: var(--muted); }
.figures dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
.quote { margin: 0.75rem 0; padding-left: 1rem; border-left: 3px solid var(--accent); break-inside: avoid; page-break-inside: avoid; }
.quote blockquote { margin: 0; white-space: pre-line; }
.quote p { margin: 0; }
.recommendations { padding-left: 1.25rem; }
.recommendation, .answer, .poll { break-inside: avoid; page-break-inside: avoid; }
.answer { margin-bottom: 1rem; }
.board { border-left: 3px solid var(--rule); padding-left: 0.75rem; }
.board .text { white-space: pre-line; }
.status { font-weight: 600; color: #1f2328; }
.timeline-title { font-weight: 600; margin: 0.5rem 0 0; font-size: 0.9em; }
.timeline { margin: 0.25rem 0 0; }
footer { margin-top: 2rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.85em; }
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-center { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #4d545c; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .links { display: none; }
  .theme { break-before: page; page-break-before: always; padding-top: 0; }
  footer { break-before: avoid; }
}
`;

/**
 * The page for a year (or an edition) that has not been published.
 *
 * @example
 * return c.html(renderNotFound(2031, 'fr'), 404);
 */
export function renderNotFound(year: number, language: Language): Html {
  const s = PAGE_STRINGS[language];
  return html`<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${s.kicker} — ${s.notFound(year)}</title><style>${raw(STYLES)}</style></head>
<body><main><p class="kicker">${s.kicker}</p><h1>${s.notFound(year)}</h1><p>${s.notFoundHint}</p></main></body>
</html>`;
}
