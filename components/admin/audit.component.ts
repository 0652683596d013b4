import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminIdentity, AuditEntry } from '../../schema/moderation.ts';
import { LanguageController } from '../internal/lang.ts';
import { baseStyles } from '../internal/styles.ts';
import { formatDateTime } from '../translations/format.ts';
import type { AdminExport, Query } from './admin.api.ts';
import { adminStyles } from './admin.styles.ts';
import { auditLabels } from './audit-labels.ts';
import { reasonLabel } from './detail.render.ts';
import { type Named, nameOf } from './model.ts';
import { SipModerationElement } from './moderation-element.ts';
import { recommendationsDictionaries } from './recommendations/translations/dictionaries.ts';
import { type AdminTranslation, errorMessage } from './translations/dictionaries.ts';

type Message = (t: AdminTranslation) => string;

const today = () => new Date().toISOString().slice(0, 10);
const newestFirst = (a: AuditEntry, b: AuditEntry) => b.at.localeCompare(a.at) || b.id - a.id;

/**
 * @summary The decision log, newest first, with CSV exports of the log and of the published contributions.
 * @tagname sip-moderation-audit
 *
 * @event {CustomEvent<SipErrorDetail>} sip-error - Loading the log or an export failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart exports - The export links or buttons (with `can-export`).
 * @csspart log - The table of decisions.
 * @csspart status - The live region announcing finished downloads.
 */
export class SipModerationAudit extends SipModerationElement {
  static override styles = [baseStyles, adminStyles];

  /** Themes, for the export filter. */
  @property({ attribute: false }) themes: readonly Named[] = [];
  /** Offers the CSV exports (admins only: the API refuses them to moderators). */
  @property({ type: Boolean, attribute: 'can-export' }) canExport = false;
  /** How the moderator signed in: with `access`, downloads are plain links that carry the session cookie. */
  @property({ attribute: false }) via: AdminIdentity['via'] = 'token';

  @state() private entries: AuditEntry[] = [];
  @state() private cursor: string | null = null;
  @state() private loadingMore = false;
  @state() private exportTheme = '';
  @state() private announcement?: Message;
  @state() private alert?: Message;

  /** The recommendations' words, for their lines in the log (in the page's language once loaded). */
  private readonly recommendationWords = new LanguageController(this, recommendationsDictionaries);

  private readonly loader = new Task(this, {
    args: () => [this.adminClient] as const,
    task: ([client], { signal }) => client.auditLog({}, signal),
    onComplete: (log) => {
      this.entries = [...log.entries].sort(newestFirst);
      this.cursor = log.nextCursor;
    },
    onError: (error) => this.report(error),
  });

  /** Also waits for the recommendations' dictionary of a newly set language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.recommendationWords.ready;
    return super.getUpdateComplete();
  }

  override render() {
    const t = this.t;
    return html`
      <section class="stack" aria-labelledby="audit-heading">
        <h2 id="audit-heading" tabindex="-1">${t.audit.heading}</h2>
        ${this.canExport ? this.renderExports(t) : nothing}
        <p part="status" class="muted" role="status">${this.announcement?.(t) ?? nothing}</p>
        <p class="error" role="alert">${this.alert?.(t) ?? nothing}</p>
        ${this.loader.render({
          pending: () => html`<p class="muted">${t.loading}</p>`,
          complete: () => this.renderLog(t),
          error: () =>
            html`<button type="button" class="secondary" @click=${() => this.loader.run()}>${t.retry}</button>`,
        })}
      </section>
    `;
  }

  private renderExports(t: AdminTranslation): TemplateResult {
    const lang = t.$code;
    const theme = this.exportTheme || undefined;
    return html`
      <section part="exports" class="stack" aria-labelledby="exports-heading">
        <h3 id="exports-heading">${t.exports.heading}</h3>
        <div class="row">${this.renderDownload('audit/export.csv', {}, `moderation-log-${today()}.csv`, t.exports.audit)}</div>
        <div class="row">
          <label>
            ${t.exports.themeLabel}
            <select id="export-theme" @change=${(event: Event) => {
              this.exportTheme = (event.target as HTMLSelectElement).value;
            }}>
              <option value="">${t.exports.allThemes}</option>
              ${this.themes.map((entry) => html`<option value=${entry.key}>${nameOf(this.themes, entry.key, lang)}</option>`)}
            </select>
          </label>
          ${this.renderDownload(
            'contributions/export.csv',
            { theme },
            `contributions${theme ? `-${theme}` : ''}-${today()}.csv`,
            t.exports.published,
          )}
        </div>
      </section>
    `;
  }

  /** A plain link when the browser's session cookie suffices; else a button that fetches with the token. */
  private renderDownload(file: AdminExport, query: Query, fileName: string, label: string): TemplateResult {
    const client = this.adminClient;
    if (this.via === 'access') {
      return html`<a class="button" href=${client.exportUrl(file, query).href} download=${fileName}>${label}</a>`;
    }
    const download = async () => {
      this.alert = undefined;
      try {
        await client.download(file, query, fileName);
        this.announcement = (t) => t.exports.done;
      } catch (error) {
        this.report(error);
      }
    };
    return html`<button type="button" class="secondary" data-export=${file} @click=${download}>${label}</button>`;
  }

  private renderLog(t: AdminTranslation): TemplateResult {
    if (this.entries.length === 0) return html`<p class="muted">${t.audit.empty}</p>`;
    const lang = t.$code;
    const a = t.audit;
    return html`
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="log-caption">
        <table part="log">
          <caption id="log-caption">${a.recent}</caption>
          <thead>
            <tr>
              <th scope="col">${a.at}</th>
              <th scope="col">${a.item}</th>
              <th scope="col">${a.actor}</th>
              <th scope="col">${a.action}</th>
              <th scope="col">${a.change}</th>
              <th scope="col">${a.reason}</th>
              <th scope="col">${a.note}</th>
            </tr>
          </thead>
          <tbody>
            ${this.entries.map((entry) => {
              const labels = auditLabels(entry, t, this.recommendationWords.t);
              return html`
                <tr>
                  <td>${formatDateTime(lang, entry.at)}</td>
                  <td>${entry.kind === 'contribution' ? nothing : `${a.kinds[entry.kind]} `}<code>${entry.item}</code></td>
                  <td>${entry.actor}</td>
                  <td>${labels.action}</td>
                  <td>${a.transition(labels.from, labels.to)}</td>
                  <td>${reasonLabel(t, entry.reasonCode)}</td>
                  <td class="note">${entry.note ?? ''}</td>
                </tr>
              `;
            })}
          </tbody>
        </table>
      </div>
      ${
        this.cursor
          ? html`<button type="button" class="secondary" aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${this.loadMore}>
              ${this.loadingMore ? t.loading : t.loadMore}
            </button>`
          : nothing
      }
    `;
  }

  private async loadMore(): Promise<void> {
    if (!this.cursor || this.loadingMore) return;
    this.loadingMore = true;
    try {
      const page = await this.adminClient.auditLog({ cursor: this.cursor });
      const known = new Set(this.entries.map((entry) => entry.id));
      this.entries = [...this.entries, ...page.entries.filter((entry) => !known.has(entry.id))];
      this.cursor = page.nextCursor;
    } catch (error) {
      this.report(error);
    } finally {
      this.loadingMore = false;
    }
  }

  private report(error: unknown): void {
    const { code } = this.emitError(error);
    this.alert = (t) => errorMessage(t, code);
  }
}
