/**
 * A source as the screens name it: its kind, its title, and the figures that
 * say what it is (who wrote a contribution, when an event took place and who
 * came, how many voted in a poll). A linked source readers no longer see is
 * named by its kind and reference, and marked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SourceRef, SourceView } from '../../../schema/recommendations.ts';
import { formatDate } from '../../translations/format.ts';
import { sameSource, sourceTitle } from './model.ts';
import type { LinkedSource } from './recommendations.api.ts';
import type { RecommendationsTranslation } from './translations/dictionaries.ts';

/** The figures under a source's title. */
export function sourceFacts(source: SourceView, w: RecommendationsTranslation): string {
  const s = w.sources;
  const language = w.$code;
  if (source.kind === 'contribution') {
    return [
      source.author ? s.contributionBy(source.author) : s.anonymous,
      formatDate(language, source.publishedAt),
    ].join(' · ');
  }
  if (source.kind === 'event') {
    return [
      s.eventFormats[source.format],
      formatDate(language, source.startsAt),
      ...(source.cancelled ? [s.cancelled] : []),
      ...(source.hasMinutes ? [s.minutes] : []),
      ...(source.attendees === null ? [] : [s.attendees(source.attendees)]),
    ].join(' · ');
  }
  return [s.pollKinds[source.pollKind], ...(source.ballots === null ? [] : [s.ballots(source.ballots)])].join(
    ' · ',
  );
}

/** A source's name and figures, or its kind and reference when readers no longer see it. */
export function renderSource(
  ref: SourceRef,
  view: SourceView | undefined,
  w: RecommendationsTranslation,
): TemplateResult {
  const kind = html`<span class="badge">${w.sourceKinds[ref.kind]}</span>`;
  if (!view) {
    return html`<span class="item-text">
      <span>${kind} <code>${ref.ref}</code></span>
      <span class="error">${w.sources.notPublic}</span>
    </span>`;
  }
  return html`<span class="item-text">
    <span>${kind} <strong>${sourceTitle(view, w.$code)}</strong></span>
    <span class="muted">${sourceFacts(view, w)}${view.kind === 'contribution' ? html` · <code>${view.ref}</code>` : nothing}</span>
  </span>`;
}

/** The linked sources with what readers see of each (none for those no longer public). */
export function withViews(
  linked: readonly LinkedSource[],
  views: readonly SourceView[],
): { ref: LinkedSource; view: SourceView | undefined }[] {
  return linked.map((ref) => ({ ref, view: views.find((view) => sameSource(view, ref)) }));
}
