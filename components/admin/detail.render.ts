/**
 * The read-only parts of a contribution's detail: facts, text, reports and
 * decision history. Text from contributors is always bound as text, never HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ContributionStatus } from '../../schema/contributions.ts';
import type { AuditEntry, QueueItem } from '../../schema/moderation.ts';
import { formatDateTime } from '../translations/format.ts';
import { type Named, nameOf, paragraphs } from './model.ts';
import type { AdminTranslation } from './translations/dictionaries.ts';
import type { AuditAction } from './translations/translation.ts';

export interface DetailContext {
  t: AdminTranslation;
  themes: readonly Named[];
  territories: readonly Named[];
}

/** The author's name; for an anonymous contribution, says so (with the name when the API knows it). */
function authorOf(item: QueueItem, t: AdminTranslation): string {
  if (!item.anonymous && item.author) return item.author;
  return item.author ? `${t.detail.anonymous} (${item.author})` : t.detail.anonymous;
}

/** A role or territory, marked when the author declared it rather than a host site vouching for it. */
function declared(item: QueueItem, value: string, marker: string): string {
  return item.selfDeclared ? `${value} (${marker})` : value;
}

export function renderFacts(item: QueueItem, { t, themes, territories }: DetailContext): TemplateResult {
  const lang = t.$code;
  const d = t.detail;
  const fact = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return html`
    <dl part="facts" class="facts" aria-label=${d.facts}>
      ${fact(d.status, html`<span class="badge ${item.status}">${t.statuses[item.status]}</span>`)}
      ${fact(d.theme, nameOf(themes, item.theme, lang))}
      ${fact(d.author, authorOf(item, t))}
      ${fact(d.role, declared(item, t.roles[item.role] ?? item.role, d.selfDeclared))}
      ${fact(d.territory, declared(item, nameOf(territories, item.territory, lang), d.selfDeclared))}
      ${fact(d.email, item.hasEmail ? d.emailGiven : d.emailNone)}
      ${fact(d.submitted, formatDateTime(lang, item.submittedAt))}
      ${item.publishedAt ? fact(d.published, formatDateTime(lang, item.publishedAt)) : nothing}
    </dl>
  `;
}

export function renderText(item: QueueItem, t: AdminTranslation): TemplateResult {
  return html`
    <section class="stack" aria-labelledby="text-heading">
      <h3 id="text-heading">${t.detail.text}</h3>
      <div part="text" class="text">${paragraphs(item.text).map((paragraph) => html`<p>${paragraph}</p>`)}</div>
    </section>
  `;
}

export function renderReports(item: QueueItem, t: AdminTranslation): TemplateResult {
  const lang = t.$code;
  return html`
    <section class="stack" aria-labelledby="reports-heading">
      <h3 id="reports-heading">${t.detail.reports} (${item.reports.length})</h3>
      ${
        item.reports.length === 0
          ? html`<p class="muted">${t.detail.noReports}</p>`
          : html`<ul part="reports" class="reports">
            ${item.reports.map(
              (report) => html`
                <li>
                  <strong>${t.reportReasons[report.reason] ?? report.reason}</strong>
                  <span class="muted">${formatDateTime(lang, report.at)}</span>
                  ${report.note ? html`<p class="note">${report.note}</p>` : nothing}
                </li>
              `,
            )}
          </ul>`
      }
    </section>
  `;
}

/** A reason code from the log: translated when it is one of ours, else shown as it is. */
export function reasonLabel(t: AdminTranslation, code: string | null): string {
  if (!code) return '';
  const reasons: Record<string, string> = { ...t.reportReasons, ...t.rejectionReasons };
  return Object.hasOwn(reasons, code) ? reasons[code] : code;
}

/** A contribution's state as moderators say it (the log's other kinds: audit-labels.ts). */
export function statusLabel(t: AdminTranslation, status: string): string {
  return Object.hasOwn(t.statuses, status) ? t.statuses[status as ContributionStatus] : status;
}

/** A decision on a contribution as moderators say it (the log's other kinds: audit-labels.ts). */
export function actionLabel(t: AdminTranslation, action: string): string {
  return Object.hasOwn(t.auditActions, action) ? t.auditActions[action as AuditAction] : action;
}

export function renderHistoryEntry(entry: AuditEntry, t: AdminTranslation): TemplateResult {
  const change = t.audit.transition(statusLabel(t, entry.from), statusLabel(t, entry.to));
  const reason = reasonLabel(t, entry.reasonCode);
  return html`
    <li>
      <strong>${actionLabel(t, entry.action)}</strong> — ${change}
      <span class="muted">${formatDateTime(t.$code, entry.at)} · ${entry.actor}</span>
      ${reason ? html`<span>${t.labelled(t.audit.reason, reason)}</span>` : nothing}
      ${entry.note ? html`<p class="note">${entry.note}</p>` : nothing}
    </li>
  `;
}
