/**
 * The read-only parts of a recommendation's page: its facts, its texts in
 * every language written, its sources, the board's answer with its earlier
 * versions, and the recommendations it was merged with.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LANGUAGES } from '../../../schema/common.ts';
import type { BoardAnswer } from '../../../schema/recommendations.ts';
import { localize } from '../../../schema/vocabulary.ts';
import { formatDate, formatDateTime, formatNumber } from '../../translations/format.ts';
import { renderAllLanguages, renderShown, statusBadge } from './fields.render.ts';
import { TEXTS } from './form-model.ts';
import type { AdminRecommendationView } from './recommendations.api.ts';
import { renderSource, withViews } from './sources.render.ts';
import type { RecommendationsTranslation } from './translations/dictionaries.ts';

type View = AdminRecommendationView;
const fact = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;

export function renderFacts(item: View, w: RecommendationsTranslation): TemplateResult {
  const f = w.facts;
  const language = w.$code;
  const byRole = item.supports.byRole
    .map((entry) => `${w.supportRoles[entry.role]} ${formatNumber(language, entry.count)}`)
    .join(', ');
  return html`
    <dl part="facts" class="facts" aria-label=${f.heading}>
      ${fact(
        f.status,
        html`${statusBadge(item.status, w)} <span class="muted">${formatDate(language, item.statusAt)}</span>`,
      )}
      ${fact(f.theme, localize(item.theme.title, language))} ${fact(f.year, item.year)}
      ${fact(f.audience, w.audiences[item.audience])}
      ${fact(
        f.languages,
        LANGUAGES.filter((code) => item.languages.includes(code))
          .map((code) => w.languages[code])
          .join(', '),
      )}
      ${fact(f.supports, byRole ? `${formatNumber(language, item.supports.total)} (${byRole})` : formatNumber(language, item.supports.total))}
      ${fact(f.changed, formatDateTime(language, item.changedAt))}
      ${fact(f.atomId, html`<code>${item.atomId}</code>`)}
    </dl>
  `;
}

export function renderTexts(item: View, w: RecommendationsTranslation): TemplateResult {
  return html`
    <section part="texts" class="stack" aria-labelledby="texts-heading">
      <h3 id="texts-heading">${w.texts.heading}</h3>
      ${TEXTS.map(
        (name) => html`
          <section class="stack" aria-labelledby="text-${name}">
            <h4 id="text-${name}">${w.texts[name]}</h4>
            ${renderAllLanguages(item[name], w)}
          </section>
        `,
      )}
    </section>
  `;
}

export function renderSourceList(item: View, w: RecommendationsTranslation): TemplateResult {
  const linked = withViews(item.linkedSources, item.sources);
  return html`
    <section part="sources" class="stack" aria-labelledby="sources-heading">
      <h3 id="sources-heading">${w.sources.heading}</h3>
      ${
        linked.length === 0
          ? html`<p class="muted">${w.sources.none}</p>`
          : html`<ol class="items">
              ${linked.map(({ ref, view }) => html`<li>${renderSource(ref, view, w)}</li>`)}
            </ol>`
      }
    </section>
  `;
}

function renderAnswer(answer: BoardAnswer, w: RecommendationsTranslation): TemplateResult {
  const language = w.$code;
  return html`
    <article class="stack" data-version=${answer.version}>
      <p class="muted">${w.answers.version(answer.version, formatDateTime(language, answer.answeredAt))}</p>
      ${renderAllLanguages(answer.text, w)}
      ${answer.reviewOn ? html`<p>${w.answers.reviewOn(formatDate(language, answer.reviewOn))}</p>` : nothing}
    </article>
  `;
}

/** The latest version, then the earlier ones in a disclosure. */
export function renderAnswers(item: View, w: RecommendationsTranslation): TemplateResult {
  const [latest, ...earlier] = item.answers;
  return html`
    <section part="answers" class="stack" aria-labelledby="answers-heading">
      <h3 id="answers-heading">${w.answers.heading}</h3>
      ${latest ? renderAnswer(latest, w) : html`<p class="muted">${w.answers.none}</p>`}
      ${
        earlier.length
          ? html`<details>
              <summary>${w.answers.earlier(earlier.length)}</summary>
              <div class="stack">${earlier.map((answer) => renderAnswer(answer, w))}</div>
            </details>`
          : nothing
      }
    </section>
  `;
}

/** Where a merged one went, and what was merged into it: each opens that recommendation. */
export function renderMerges(
  item: View,
  w: RecommendationsTranslation,
  open: (slug: string) => void,
): TemplateResult | typeof nothing {
  if (!item.mergedInto && item.mergedFrom.length === 0) return nothing;
  const link = (target: { slug: string; title: AdminRecommendationView['title'] }) =>
    html`<button type="button" class="link" data-open=${target.slug} @click=${() => open(target.slug)}>
      ${renderShown(target.title, w)}
    </button>`;
  return html`
    <dl part="merges" class="facts">
      ${item.mergedInto ? fact(w.facts.mergedInto, link(item.mergedInto)) : nothing}
      ${
        item.mergedFrom.length
          ? fact(
              w.facts.mergedFrom,
              html`<ul class="items">${item.mergedFrom.map((from) => html`<li>${link(from)}</li>`)}</ul>`,
            )
          : nothing
      }
    </dl>
  `;
}
