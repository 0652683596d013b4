/**
 * One recommendation in full, in <sip-recommendation-feed>: its text, where
 * it comes from (each source a link to the host page, a companion element
 * opened in place, or its summary), what became of it (the public timeline,
 * the board's answer and its earlier versions), its supports and the form to
 * support it. Pure functions of the data and the context.
 *
 * A chunk of its own, fetched when a recommendation is first opened (with its
 * data, not after it): a page that only lists them never downloads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { IneligibilityReason } from '../../schema/identity.ts';
import { type SourceKind, SUPPORT_OPEN_STATUSES } from '../../schema/recommendation-lifecycle.ts';
import type { RecommendationView, SourceView } from '../../schema/recommendations.ts';
import type { TerritoryView } from '../../schema/territories.ts';
import { localize } from '../../schema/vocabulary.ts';
import { formatDate, formatNumber } from '../translations/format.ts';
import { detailStyles } from './detail.styles.ts';
import {
  type FeedContext,
  openLink,
  paragraphs,
  renderFacts,
  shownInNote,
  shownLanguage,
  written,
} from './recommendation-feed.render.ts';
import { SupportForm } from './support-form.ts';

export { detailStyles, SupportForm };

/** What the feed passes on to a companion element: its API, and the visitor's identity. */
export interface CompanionSettings {
  api?: string;
  token?: string;
  tokenUrl?: string;
}

export interface DetailContext extends FeedContext {
  view: RecommendationView;
  territories: TerritoryView[];
  /** Whether the detail stands alone (`recommendation` set): no way back to a list. */
  alone: boolean;
  /** The host page of each kind of source, `{ref}` standing for the item; empty when it opens in place. */
  templates: Record<SourceKind, string>;
  companions: CompanionSettings;
  /** The source whose companion is open (`kind:ref`). */
  openSource: string | undefined;
  toggleSource(key: string): void;
  feedHref: string;
  support: SupportForm;
  /** Why the visitor may not support, in their terms, when the API says they may not. */
  barrier: IneligibilityReason | undefined;
  submitSupport(event: SubmitEvent): void;
}

/**
 * The page's own element that shows a source in place, sharing the feed's
 * API, identity and language; undefined when the page does not define it.
 */
function companion(
  { api, token, tokenUrl }: CompanionSettings,
  source: SourceView,
): TemplateResult | undefined {
  const { kind, ref } = source;
  const tag = { contribution: 'sip-contribution-list', event: 'sip-event-calendar', poll: 'sip-poll' }[kind];
  if (!customElements.get(tag)) return undefined;
  if (kind === 'poll')
    return html`<sip-poll poll=${ref} .api=${api} .token=${token} .tokenUrl=${tokenUrl}></sip-poll>`;
  if (kind === 'event')
    return html`<sip-event-calendar event=${ref} .api=${api} .token=${token} .tokenUrl=${tokenUrl}></sip-event-calendar>`;
  return html`<sip-contribution-list contribution=${ref} .api=${api} .token=${token} .tokenUrl=${tokenUrl}></sip-contribution-list>`;
}

/** A calendar day (`2027-03-31`) as the visitor's calendar shows it, whatever their time zone. */
function day(lang: FeedContext['lang'], value: string): string {
  const [year, month, date] = value.split('-').map(Number);
  return formatDate(lang, new Date(year, month - 1, date).toISOString());
}

function territoryName({ territories, lang }: DetailContext, code: string): string {
  const territory = territories.find((candidate) => candidate.code === code);
  return territory ? localize(territory.name, lang) : code;
}

/** A source's kind, title and figures, as SourceView gives them. */
function describe(c: DetailContext, source: SourceView): { kind: string; title: string; figures: string[] } {
  const { t, lang } = c;
  switch (source.kind) {
    case 'contribution':
      return {
        kind: t.sourceKinds.contribution,
        title: source.title,
        figures: [
          source.author ?? t.anonymousAuthor,
          t.roles[source.role as keyof typeof t.roles] ?? source.role,
          territoryName(c, source.territory),
          formatDate(lang, source.publishedAt),
        ],
      };
    case 'event':
      return {
        kind: t.sourceKinds[source.format],
        title: localize(source.title, lang),
        figures: [
          territoryName(c, source.territory),
          formatDate(lang, source.startsAt),
          ...(source.cancelled ? [t.cancelled] : []),
          ...(source.attendees === null ? [] : [t.attendees(source.attendees)]),
          ...(source.hasMinutes ? [t.minutes] : []),
        ],
      };
    case 'poll':
      return {
        kind: t.sourceKinds[source.pollKind],
        title: localize(source.question, lang),
        figures: [
          t.pollStates[source.state],
          ...(source.ballots === null ? [] : [t.ballots(source.ballots)]),
        ],
      };
  }
}

function renderSource(c: DetailContext, source: SourceView, index: number): TemplateResult {
  const { kind, title, figures } = describe(c, source);
  const template = c.templates[source.kind];
  const link = template?.replaceAll('{ref}', encodeURIComponent(source.ref));
  const key = `${source.kind}:${source.ref}`;
  const inPlace = link ? undefined : companion(c.companions, source);
  const open = inPlace !== undefined && c.openSource === key;
  let heading: TemplateResult = html`<span class="source-title">${title}</span>`;
  if (link) heading = html`<a class="source-title" href=${link}>${title}</a>`;
  else if (inPlace)
    heading = html`<button type="button" class="link source-title" aria-expanded=${open ? 'true' : 'false'}
      aria-controls="source-${index}" @click=${() => c.toggleSource(key)}>${title}</button>`;
  return html`
    <li part="source" class="source">
      <span class="kind">${kind}</span> ${heading}
      <span class="muted">${figures.join(' · ')}</span>
      ${open ? html`<div class="companion" id="source-${index}">${inPlace}</div>` : nothing}
    </li>
  `;
}

function renderTimeline({ t, lang }: DetailContext, view: RecommendationView): TemplateResult {
  return html`
    <section part="timeline" aria-labelledby="timeline-heading">
      <h4 id="timeline-heading">${t.timelineHeading}</h4>
      <ol class="timeline">
        ${view.timeline.map(
          (change) => html`
            <li>
              <time datetime=${change.at}>${formatDate(lang, change.at)}</time>
              <span>${t.moved(t.statuses[change.from], t.statuses[change.to])}</span>
              <span class="muted">${t.bodies[change.by]}</span>
              ${change.reason ? html`<p class="reason">${written(change.reason, lang)}</p>` : nothing}
            </li>
          `,
        )}
      </ol>
    </section>
  `;
}

function renderAnswer(c: DetailContext, answer: RecommendationView['answers'][number]): TemplateResult {
  const { t, lang } = c;
  const shown = shownLanguage(answer.text, lang);
  return html`
    <p class="muted">
      <time datetime=${answer.answeredAt}>${t.answeredOn(formatDate(lang, answer.answeredAt), answer.version)}</time>
    </p>
    <div class="text" lang=${shown}>${paragraphs(answer.text[shown] ?? '')}</div>
    ${shownInNote(c, answer.text)}
    ${answer.reviewOn ? html`<p class="review">${t.reviewOn(day(lang, answer.reviewOn))}</p>` : nothing}
  `;
}

function renderAnswers(c: DetailContext, view: RecommendationView): TemplateResult {
  const [latest, ...earlier] = view.answers;
  return html`
    <section part="answer" aria-labelledby="answer-heading">
      <h4 id="answer-heading">${c.t.answerHeading}</h4>
      ${latest ? renderAnswer(c, latest) : html`<p class="muted">${c.t.noAnswer}</p>`}
      ${
        earlier.length
          ? html`<details part="earlier-answers">
              <summary>${c.t.earlierVersions(earlier.length)}</summary>
              ${earlier.map((answer) => html`<div class="earlier">${renderAnswer(c, answer)}</div>`)}
            </details>`
          : nothing
      }
    </section>
  `;
}

function renderSupports(c: DetailContext, view: RecommendationView): TemplateResult {
  const { t, lang } = c;
  return html`
    <section part="supports" aria-labelledby="supports-heading">
      <h4 id="supports-heading">${t.supportsHeading}</h4>
      <p class="total">${t.supports(view.supports.total)}</p>
      ${
        view.supports.byRole.length
          ? html`<dl class="by-role">
                ${view.supports.byRole.map(
                  (group) =>
                    html`<div><dt>${t.roles[group.role]}</dt><dd>${formatNumber(lang, group.count)}</dd></div>`,
                )}
              </dl>
              <p class="muted">${t.byRoleNote}</p>`
          : nothing
      }
      ${renderSupportForm(c, view)}
    </section>
  `;
}

/** Support, or withdraw while supports are open; otherwise why not. */
function renderSupportForm(c: DetailContext, view: RecommendationView): TemplateResult {
  const { t, support } = c;
  const open = (SUPPORT_OPEN_STATUSES as readonly string[]).includes(view.status);
  const busy = support.sending ? 'true' : 'false';
  let body: TemplateResult;
  if (view.mySupport) {
    body = html`
      <p class="mine" tabindex="-1">${open ? t.youSupport : t.youSupported}</p>
      ${open ? html`<button class="secondary" type="submit" aria-disabled=${busy}>${support.sending ? t.sending : t.withdraw}</button>` : nothing}
    `;
  } else if (view.eligibility.canSupport) {
    body = html`
      <label for="support-email">${t.emailLabel}</label>
      <input id="support-email" name="email" type="email" autocomplete="email" maxlength="254"
        aria-describedby="support-email-hint" aria-invalid=${support.emailInvalid ? 'true' : 'false'}
        @input=${support.emailInput} />
      <p id="support-email-hint" class="muted">${support.emailInvalid ? t.invalidEmail : t.emailHint}</p>
      <button class="primary" type="submit" aria-disabled=${busy}>${support.sending ? t.sending : t.support}</button>
    `;
  } else {
    const reason = view.eligibility.reason ?? 'support_closed';
    body = html`<p part="message" class="message">${t.ineligible[reason === 'support_closed' ? reason : (c.barrier ?? reason)]}</p>`;
  }
  return html`
    <form part="support-form" class="support" novalidate @submit=${c.submitSupport}>
      ${body}
      <div part="error" class="error" role="alert">${support.error?.(t) ?? nothing}</div>
    </form>
  `;
}

export function renderDetail(c: DetailContext): TemplateResult {
  const { t, lang, view } = c;
  const text = shownLanguage(view.text, lang);
  const related = (label: string, items: RecommendationView['mergedFrom']) =>
    items.length
      ? html`<p class="related">${label} ${items.map((item, index) => html`${index ? ', ' : ''}${openLink(c, item.slug, written(item.title, lang))}`)}</p>`
      : nothing;
  return html`
    <article part="detail" class="detail" aria-labelledby="detail-title">
      ${c.alone ? nothing : html`<p class="back">${openLink(c, null, t.back)}</p>`}
      <p class="theme">${localize(view.theme.title, lang)}</p>
      <h3 part="title" id="detail-title" tabindex="-1">${written(view.title, lang)}</h3>
      ${renderFacts(c, view)} ${related(t.mergedInto, view.mergedInto ? [view.mergedInto] : [])}
      <p part="summary" class="lead">${written(view.summary, lang)}</p>
      <div part="text" class="text" lang=${text}>${paragraphs(view.text[text] ?? '')}</div>
      ${shownInNote(c, view.text)} ${related(t.mergedFrom, view.mergedFrom)}
      ${
        view.sources.length
          ? html`<section part="sources" aria-labelledby="sources-heading">
              <h4 id="sources-heading">${t.sourcesHeading}</h4>
              <ul class="sources">${view.sources.map((source, index) => renderSource(c, source, index))}</ul>
            </section>`
          : nothing
      }
      ${view.timeline.length ? renderTimeline(c, view) : nothing} ${renderAnswers(c, view)}
      ${renderSupports(c, view)}
      <p><a part="feed" href=${c.feedHref} type="application/atom+xml">${t.feedLink}</a></p>
    </article>
  `;
}
