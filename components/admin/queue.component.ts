import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { type QueueItem, TRANSITIONS } from '../../schema/moderation.ts';
import type { SipErrorDetail } from '../internal/events.ts';
import { baseStyles } from '../internal/styles.ts';
import type { SipDecisionDetail } from './admin.events.ts';
import { adminStyles } from './admin.styles.ts';
import type { SipModerationDetail } from './detail.component.ts';
import { matchesFilter, type Named, type StatusFilter } from './model.ts';
import { SipModerationElement } from './moderation-element.ts';
import { renderFilters, renderList } from './queue.render.ts';
import { queueStyles } from './queue.styles.ts';
import { renderShortcutDialog, type ShortcutAction, ShortcutController } from './shortcuts.ts';
import { type AdminTranslation, errorMessage } from './translations/dictionaries.ts';

type Message = (t: AdminTranslation) => string;

/**
 * @summary The moderation queue: filters, the list of contributions, the selected one in full, and keyboard shortcuts.
 * @tagname sip-moderation-queue
 *
 * @event {CustomEvent<SipErrorDetail>} sip-error - Loading the queue failed; `detail.status` (0 when unreachable) and `detail.code`.
 * @event {CustomEvent<SipDecisionDetail>} sip-decision - Bubbles up from the detail pane once a decision is recorded.
 *
 * @csspart filters - The status and theme filters.
 * @csspart list - The list of contributions.
 * @csspart item - One contribution's button in the list.
 * @csspart detail - The detail pane (`<sip-moderation-detail>`).
 * @csspart status - The live region announcing outcomes.
 * @csspart shortcuts - The keyboard shortcuts dialog.
 *
 * @cssproperty --sip-admin-list-width - Width of the list beside the detail pane. Defaults to `24rem`.
 * @cssproperty --sip-admin-selected - Background of the selected contribution.
 */
export class SipModerationQueue extends SipModerationElement {
  static override styles = [baseStyles, adminStyles, queueStyles];

  /** Themes, for the filter and the titles. */
  @property({ attribute: false }) themes: readonly Named[] = [];
  /** Territories, for their names. */
  @property({ attribute: false }) territories: readonly Named[] = [];

  @state() private status: StatusFilter = '';
  @state() private theme = '';
  @state() private items: QueueItem[] = [];
  @state() private cursor: string | null = null;
  @state() private selectedId?: string;
  @state() private loadingMore = false;
  @state() private announcement?: Message;
  @state() private alert?: Message;

  @query('sip-moderation-detail') private detail?: SipModerationDetail;
  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly loader = new Task(this, {
    args: () => [this.adminClient, this.status, this.theme] as const,
    task: ([client, status, theme], { signal }) => client.queue({ status, theme }, signal),
    onComplete: (queue) => {
      this.items = queue.items;
      this.cursor = queue.nextCursor;
      if (!this.items.some((item) => item.id === this.selectedId)) this.selectedId = undefined;
    },
    onError: (error) => this.report(error),
  });

  constructor() {
    super();
    new ShortcutController(
      this,
      (action) => this.shortcut(action),
      () => !this.dialog?.open,
    );
  }

  private get selected(): QueueItem | undefined {
    return this.items.find((item) => item.id === this.selectedId);
  }

  override render() {
    const t = this.t;
    return html`
      <div class="layout">
        <section class="stack list-pane" aria-labelledby="queue-heading">
          <div class="row heading-row">
            <h2 id="queue-heading" tabindex="-1">${t.queue.heading}</h2>
            <button type="button" class="secondary help" aria-haspopup="dialog" aria-keyshortcuts="?" @click=${this.openHelp}>
              ${t.shortcuts.open} <kbd aria-hidden="true">?</kbd>
            </button>
          </div>
          ${renderFilters(t, this.themes, this.status, this.theme, (status, theme) => {
            this.status = status;
            this.theme = theme;
          })}
          <p part="status" class="status" role="status">${this.announcement?.(t) ?? nothing}</p>
          <p class="error" role="alert">${this.alert?.(t) ?? nothing}</p>
          ${this.loader.render({
            pending: () => html`<p class="muted">${t.loading}</p>`,
            complete: () =>
              renderList(t, this.themes, {
                items: this.items,
                selectedId: this.selectedId,
                more: this.cursor ? (this.loadingMore ? 'loading' : 'ready') : 'none',
                select: (id) => this.select(id, 'detail'),
                loadMore: () => this.loadMore(),
              }),
            error: () =>
              html`<button type="button" class="secondary" @click=${() => this.loader.run()}>${t.retry}</button>`,
          })}
        </section>
        <sip-moderation-detail
          part="detail"
          .item=${this.selected}
          .client=${this.adminClient}
          .themes=${this.themes}
          .territories=${this.territories}
          @sip-decision=${this.decided}
          @sip-error=${this.detailFailed}
        ></sip-moderation-detail>
      </div>
      ${renderShortcutDialog(t)}
    `;
  }

  /** Selects a contribution; focus goes to its button in the list, or to its title in the detail pane. */
  private async select(id: string | undefined, focus: 'list' | 'detail'): Promise<void> {
    this.selectedId = id;
    await this.updateComplete;
    if (focus === 'detail' && id) {
      await this.detail?.updateComplete;
      this.detail?.focusHeading();
      return;
    }
    const button = id ? this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`) : null;
    (button ?? this.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
    button?.scrollIntoView?.({ block: 'nearest' });
  }

  private shortcut(action: ShortcutAction): void {
    if (action === 'help') {
      this.openHelp();
      return;
    }
    if (action === 'next' || action === 'previous') {
      if (this.items.length === 0) return;
      const index = this.items.findIndex((item) => item.id === this.selectedId);
      const next =
        index === -1
          ? action === 'next'
            ? 0
            : this.items.length - 1
          : Math.min(this.items.length - 1, Math.max(0, index + (action === 'next' ? 1 : -1)));
      void this.select(this.items[next].id, 'list');
      return;
    }
    const item = this.selected;
    if (!item) return;
    if (!TRANSITIONS[action].from.includes(item.status)) {
      this.announcement = (t) => t.notAllowed(t.decisions[action], t.statuses[item.status]);
      return;
    }
    void this.detail?.decide(action);
  }

  private openHelp(): void {
    this.dialog?.showModal();
  }

  private async loadMore(): Promise<void> {
    if (!this.cursor || this.loadingMore) return;
    this.loadingMore = true;
    this.alert = undefined;
    try {
      const page = await this.adminClient.queue({
        status: this.status,
        theme: this.theme,
        cursor: this.cursor,
      });
      const known = new Set(this.items.map((item) => item.id));
      const added = page.items.filter((item) => !known.has(item.id));
      this.items = [...this.items, ...added];
      this.cursor = page.nextCursor;
      this.announcement = (t) => t.queue.loaded(this.items.length);
      await this.updateComplete;
      // Carry on reading where the new items start.
      if (added[0])
        this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(added[0].id)}"]`)?.focus();
    } catch (error) {
      this.report(error);
    } finally {
      this.loadingMore = false;
    }
  }

  /** The decision is recorded: the item changes in place, or leaves a list it no longer belongs to. */
  private decided(event: CustomEvent<SipDecisionDetail>): void {
    const { item, action } = event.detail;
    this.announcement = (t) => t.decided[action](item.title);
    this.alert = undefined;
    this.replace(item);
  }

  private replace(item: QueueItem): void {
    const index = this.items.findIndex((entry) => entry.id === item.id);
    if (index === -1) return;
    if (!matchesFilter(item.status, this.status)) {
      this.drop(item.id);
      return;
    }
    this.items = this.items.with(index, item);
    void this.select(item.id, 'list');
  }

  private drop(id: string): void {
    const index = this.items.findIndex((entry) => entry.id === id);
    this.items = this.items.filter((entry) => entry.id !== id);
    // The next contribution comes up, so moderators work through the queue without leaving the keyboard.
    void this.select((this.items[index] ?? this.items[index - 1])?.id, 'list');
  }

  /** Someone else got there first: show the contribution as it now is, or drop it when it is gone. */
  private async detailFailed(event: CustomEvent<SipErrorDetail>): Promise<void> {
    const { code } = event.detail;
    const id = this.selectedId;
    if (!id) return;
    if (code === 'contribution_not_found') {
      this.announcement = (t) => errorMessage(t, code);
      this.drop(id);
    } else if (code === 'illegal_transition') {
      const fresh = await this.adminClient.contribution(id).catch(() => undefined);
      if (fresh) this.items = this.items.map((entry) => (entry.id === id ? fresh : entry));
    }
  }

  private report(error: unknown): void {
    const { code } = this.emitError(error);
    this.alert = (t) => errorMessage(t, code);
  }
}
