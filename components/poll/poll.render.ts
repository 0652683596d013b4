/**
 * The read-only parts of <sip-poll>: header, the visitor's ballot and the
 * results. Pure functions of the poll, the dictionary and the language, kept
 * apart so the element itself holds only state and behaviour.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../schema/common.ts';
import type { OptionTally, PollView } from '../../schema/polls.ts';
import { localize } from '../../schema/vocabulary.ts';
import { formatDateTime, formatNumber, formatPercent } from '../translations/format.ts';
import type { MotionOption, PollTranslation } from './translations/translation.ts';

export interface RenderContext {
  view: PollView;
  t: PollTranslation;
  lang: Language;
}

/** A motion's options are the kit's own words in every language; other polls carry their labels. */
export function optionLabel({ view, t, lang }: RenderContext, key: string): string {
  if (view.kind === 'motion' && Object.hasOwn(t.motionOptions, key)) {
    return t.motionOptions[key as MotionOption];
  }
  const option = view.options.find((candidate) => candidate.key === key);
  return option ? localize(option.label, lang) : key;
}

export function renderHeader({ view, t, lang }: RenderContext): TemplateResult {
  const fact = (label: string, value: string) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`
    <header part="header">
      ${view.theme ? html`<p class="theme">${localize(view.theme.title, lang)}</p>` : nothing}
      <h2 id="question" part="question">${localize(view.question, lang)}</h2>
      ${view.description ? html`<p class="description">${localize(view.description, lang)}</p>` : nothing}
      <p class="badges">
        <span class="badge state-${view.state}">${t.states[view.state]}</span>
        <span class="badge">${t.kinds[view.kind]}</span>
      </p>
      <dl class="facts">
        ${fact(t.audienceLabel, t.audiences[view.audience])}
        ${view.opensAt ? fact(t.opensLabel, formatDateTime(lang, view.opensAt)) : nothing}
        ${view.closesAt ? fact(t.closesLabel, formatDateTime(lang, view.closesAt)) : nothing}
      </dl>
    </header>
  `;
}

/** The visitor's recorded ballot; focusable so focus can land on it after voting. */
export function renderMyBallot(context: RenderContext, actions: unknown): TemplateResult | typeof nothing {
  const ballot = context.view.myBallot;
  if (!ballot) return nothing;
  return html`
    <section class="my-ballot" aria-labelledby="my-ballot-heading" tabindex="-1">
      <h3 id="my-ballot-heading">${context.t.yourVote}</h3>
      <ul>
        ${ballot.choices.map((key) => html`<li>${optionLabel(context, key)}</li>`)}
      </ul>
      <p class="muted">${context.t.votedOn(formatDateTime(context.lang, ballot.updatedAt))}</p>
      ${actions}
    </section>
  `;
}

function votesFor(tallies: OptionTally[], key: string): number {
  return tallies.find((tally) => tally.key === key)?.votes ?? 0;
}

/** Why there are no results to show yet, or nothing when there is nothing to say. */
function hiddenResultsMessage({ view, t }: RenderContext): string | undefined {
  if (view.state === 'upcoming') return undefined;
  if (view.resultsVisibility === 'after_close') return t.resultsAfterClose;
  // "After you vote" would be a false promise to someone who may not vote: they see them at closing.
  if (view.resultsVisibility === 'after_vote')
    return view.eligibility.canVote ? t.resultsAfterVote : t.resultsAfterClose;
  return undefined;
}

/**
 * Each option's share of the ballots as text ("42 % (21 votes)") with a bar
 * that only repeats it visually. Shares are of ballots, not of choices, so a
 * multiple-choice poll reads "60 % of voters picked this".
 */
export function renderResults(
  context: RenderContext,
  hideBreakdown: boolean,
): TemplateResult | typeof nothing {
  const { view, t, lang } = context;
  const results = view.results;
  if (!results) {
    const message = hiddenResultsMessage(context);
    return message ? html`<p part="message" class="muted">${message}</p>` : nothing;
  }
  const ratio = (votes: number, ballots: number) => (ballots ? votes / ballots : 0);
  return html`
    <section part="results" aria-labelledby="results-heading">
      <h3 id="results-heading">${t.results}</h3>
      <p class="turnout">${t.turnout(results.ballots)}</p>
      <ul class="tallies">
        ${view.options.map((option) => {
          const votes = votesFor(results.options, option.key);
          const share = ratio(votes, results.ballots);
          // The bar's size is set through the CSSOM (`.style`), which a strict style-src CSP allows, unlike a style attribute.
          return html`
            <li class="tally">
              <span class="tally-label">${optionLabel(context, option.key)}</span>
              <span class="tally-figures">${t.share(formatPercent(lang, share), votes)}</span>
              <span part="bar" class="bar" aria-hidden="true">
                <span class="fill" .style=${`inline-size: ${share * 100}%`}></span>
              </span>
            </li>
          `;
        })}
      </ul>
      ${hideBreakdown || results.byRole.length === 0 ? nothing : renderBreakdown(context, results.byRole)}
    </section>
  `;
}

function renderBreakdown(
  context: RenderContext,
  byRole: NonNullable<PollView['results']>['byRole'],
): TemplateResult {
  const { view, t, lang } = context;
  return html`
    <details part="breakdown">
      <summary>${t.breakdown}</summary>
      ${byRole.map(
        (group) => html`
          <table>
            <caption>${t.roleCaption(t.roles[group.role], group.ballots)}</caption>
            <thead>
              <tr>
                <th scope="col">${t.optionHeader}</th>
                <th scope="col">${t.votesHeader}</th>
                <th scope="col">${t.shareHeader}</th>
              </tr>
            </thead>
            <tbody>
              ${view.options.map((option) => {
                const votes = votesFor(group.options, option.key);
                return html`
                  <tr>
                    <th scope="row">${optionLabel(context, option.key)}</th>
                    <td>${formatNumber(lang, votes)}</td>
                    <td>${formatPercent(lang, group.ballots ? votes / group.ballots : 0)}</td>
                  </tr>
                `;
              })}
            </tbody>
          </table>
        `,
      )}
    </details>
  `;
}
