import { initialState, Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BallotInput, PollView } from '../../schema/polls.ts';
import { asApiError } from '../internal/api.ts';
import { resolveApiBase, resolveTokenUrl } from '../internal/config.ts';
import { barrierFor } from '../internal/eligibility.ts';
import { baseStyles } from '../internal/styles.ts';
import { SipWidget } from '../internal/widget-element.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import { formatDateTime } from '../translations/format.ts';
import { rememberAnonymousVote } from './anonymous-votes.ts';
import { LiveResultsController } from './live-results.ts';
import { castBallot, readPoll, rereadPoll } from './poll.api.ts';
import type { SipPollEventMap } from './poll.events.ts';
import {
  optionLabel,
  type RenderContext,
  renderHeader,
  renderMyBallot,
  renderResults,
} from './poll.render.ts';
import { pollStyles } from './poll.styles.ts';
import { pollDictionaries } from './translations/dictionaries.ts';
import type { PollTranslation } from './translations/translation.ts';

/** A message kept as a function of the dictionary, so it follows a later language switch. */
type Message = (t: PollTranslation) => string;

/**
 * @summary A poll or a members' motion: the question, a vote form, and the results, in the page's language.
 * @tagname sip-poll
 *
 * @slot footer - Content shown under the poll, e.g. a link to the debate it belongs to.
 *
 * @event {CustomEvent<SipPollLoadDetail>} sip-load - The poll was loaded; `detail.poll` is the PollView.
 * @event {CustomEvent<SipVoteDetail>} sip-vote - The visitor's ballot was accepted; `detail.poll` is the updated PollView, `detail.choices` the option keys sent.
 * @event {CustomEvent<SipErrorDetail>} sip-error - Loading or voting failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart base - The poll's card.
 * @csspart header - Theme, question, description and facts (state, kind, audience, dates).
 * @csspart question - The question heading.
 * @csspart form - The vote form.
 * @csspart options - The fieldset of options.
 * @csspart option - One option's label with its radio button or checkbox.
 * @csspart submit - The vote button.
 * @csspart results - The results section.
 * @csspart bar - One option's bar in the results chart.
 * @csspart breakdown - The collapsible results by stakeholder category.
 * @csspart message - Why the visitor cannot vote, or when results will be shown.
 * @csspart error - The alert region with the latest error.
 *
 * @cssproperty --sip-poll-bar-color - Fill of the results bars. Defaults to `--sip-accent`.
 * @cssproperty --sip-poll-bar-track - Background of the results bars. Defaults to `--sip-border`.
 * @cssproperty --sip-poll-bar-height - Height of the results bars. Defaults to `0.75rem`.
 * @cssproperty --sip-poll-padding - Space inside the card. Defaults to `--sip-space` (1rem).
 */
export class SipPoll extends SipWidget<PollTranslation, SipPollEventMap> {
  static override styles = [baseStyles, pollStyles];

  /** The poll's slug, e.g. `deploiement-france`. */
  @property({ reflect: true }) poll = '';

  /** Hides the results by stakeholder category. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-breakdown' }) hideBreakdown = false;

  /**
   * Seconds between two refreshes of live results (an open poll whose
   * results are shown), while the widget is on screen; 0 turns them off.
   */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = 20;

  @state() private view?: PollView;
  @state() private selection: string[] = [];
  @state() private editing = false;
  @state() private sending = false;
  @state() private alert?: Message;
  @state() private announcement?: Message;
  /** The ETag of `view`, for conditional refreshes. */
  private etag: string | null = null;

  private readonly loader = new Task(this, {
    args: () => [this.poll, resolveApiBase(this), this.token, resolveTokenUrl(this), this.identity.version],
    task: async ([slug, base], { signal }) => {
      if (!slug) return initialState;
      const { token } = await this.identity.resolve();
      return readPoll(base, slug, token, signal);
    },
    onComplete: ({ view, etag }) => {
      this.view = view;
      this.etag = etag;
      this.selection = view.myBallot?.choices ?? [];
      this.editing = false;
      this.alert = undefined;
      this.emit('sip-load', { poll: view });
    },
    onError: (error) => this.emitError(error),
  });

  constructor() {
    super(pollDictionaries);
    new LiveResultsController(this, {
      interval: () => this.refreshInterval,
      active: () => this.view?.state === 'open' && this.view.results !== null && !this.sending,
      refresh: () => this.refreshResults(),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another poll: never show the previous one's question while loading.
    if (changed.has('poll')) this.view = undefined;
  }

  override render() {
    const t = this.t;
    return this.loader.render({
      pending: () =>
        this.view ? this.renderPoll(this.view, true) : html`<p part="base" role="status">${t.loading}</p>`,
      complete: ({ view }) => this.renderPoll(this.view ?? view, false),
      error: (error) => html`
        <div part="base">
          <p part="error" role="alert">${errorMessage(t, asApiError(error).code)}</p>
          <button class="secondary" type="button" @click=${() => this.loader.run()}>${t.retry}</button>
        </div>
      `,
    });
  }

  /**
   * A live refresh: the poll read again conditionally. New results replace
   * the old ones where they are; the visitor's selection, an edit under way
   * and the focus stay as they were, and the new turnout is announced politely.
   */
  private async refreshResults(): Promise<void> {
    const slug = this.view?.slug;
    if (!slug) return;
    const { token } = await this.identity.resolve();
    const fresh = await rereadPoll(resolveApiBase(this), slug, token, this.etag);
    if (!fresh.changed || this.view?.slug !== slug) return;
    const before = this.view.results?.ballots;
    this.view = fresh.body;
    this.etag = fresh.etag;
    const after = fresh.body.results?.ballots;
    if (after !== undefined && after !== before) this.announcement = (t) => t.resultsUpdated(after);
  }

  private renderPoll(view: PollView, busy: boolean): TemplateResult {
    const t = this.t;
    const context: RenderContext = { view, t, lang: t.$code };
    const name = this.identity.current.claims?.name;
    const showForm = view.state !== 'closed' && (!view.myBallot || this.editing);
    return html`
      <article part="base" aria-labelledby="question" aria-busy=${busy ? 'true' : 'false'}>
        ${renderHeader(context)}
        ${showForm ? this.renderForm(context) : renderMyBallot(context, this.renderChangeAction(context))}
        ${this.renderEligibility(context)}
        <div part="error" role="alert">${this.alert?.(context.t) ?? nothing}</div>
        ${renderResults(context, this.hideBreakdown)}
        <p class="visually-hidden" role="status">${this.announcement?.(context.t) ?? nothing}</p>
        ${name ? html`<p class="muted identity">${context.t.signedInAs(name)}</p>` : nothing}
        <slot name="footer"></slot>
      </article>
    `;
  }

  private renderForm(context: RenderContext): TemplateResult {
    const { view, t } = context;
    const multiple = view.kind === 'multiple';
    const atMax = multiple && view.maxChoices !== null && this.selection.length >= view.maxChoices;
    const canVote = view.state === 'open' && view.eligibility.canVote;
    const legend = !multiple
      ? t.chooseOne
      : view.maxChoices
        ? t.chooseUpTo(view.maxChoices)
        : t.chooseSeveral;
    return html`
      <form part="form" @submit=${this.submit} novalidate>
        <fieldset part="options" ?disabled=${!canVote}>
          <legend>${legend}</legend>
          ${view.options.map((option) => {
            const checked = this.selection.includes(option.key);
            return html`
              <label part="option">
                <input
                  type=${multiple ? 'checkbox' : 'radio'}
                  name="choice"
                  .value=${option.key}
                  .checked=${checked}
                  ?disabled=${atMax && !checked}
                  @change=${this.choose}
                />
                <span>${optionLabel(context, option.key)}</span>
              </label>
            `;
          })}
        </fieldset>
        ${
          canVote
            ? html`
              <div class="actions">
                <button part="submit" class="primary" type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>
                  ${this.sending ? t.sending : t.vote}
                </button>
                ${this.editing ? html`<button class="secondary" type="button" @click=${this.cancelChange}>${t.cancel}</button>` : nothing}
              </div>
            `
            : nothing
        }
      </form>
    `;
  }

  /** Why the form is disabled, in the visitor's words; nothing when they may vote. */
  private renderEligibility({ view, t, lang }: RenderContext): TemplateResult | typeof nothing {
    let message: string | undefined;
    if (view.state === 'upcoming') message = t.notOpenYet(view.opensAt && formatDateTime(lang, view.opensAt));
    else if (view.state === 'closed') message = t.closed;
    else if (view.eligibility.canVote || this.editing) message = undefined;
    else if (view.eligibility.reason === 'sign_in_required' || view.eligibility.reason === 'members_only') {
      // The API said no; the shared rule says why in the visitor's terms (a member account, not just any sign-in).
      const reason = barrierFor(view.audience, this.identity.current) ?? view.eligibility.reason;
      message = t.ineligible[reason](view.kind);
    } else if (view.eligibility.reason === 'ballot_already_cast')
      message = view.myBallot ? undefined : t.alreadyVoted;
    else if (view.eligibility.reason === 'poll_not_open') message = t.problems.poll_not_open;
    return message ? html`<p part="message" class="message">${message}</p>` : nothing;
  }

  private renderChangeAction({ view, t }: RenderContext): TemplateResult | typeof nothing {
    const canChange = view.allowChange && view.state === 'open' && view.eligibility.canVote;
    return canChange
      ? html`<button class="secondary change" type="button" @click=${this.startChange}>${t.changeVote}</button>`
      : nothing;
  }

  private choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    const chosen = new Set(input.type === 'radio' ? [] : this.selection);
    if (input.checked) chosen.add(input.value);
    else chosen.delete(input.value);
    // Keep the poll's order whatever the order of clicks.
    this.selection = (this.view?.options ?? []).map((option) => option.key).filter((key) => chosen.has(key));
    this.alert = undefined;
  }

  private async startChange(): Promise<void> {
    this.editing = true;
    this.selection = this.view?.myBallot?.choices ?? [];
    await this.updateComplete;
    const inputs = this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="choice"]');
    ([...inputs].find((input) => input.checked) ?? inputs[0])?.focus();
  }

  private async cancelChange(): Promise<void> {
    this.editing = false;
    this.selection = this.view?.myBallot?.choices ?? [];
    this.alert = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.change')?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const slug = this.view?.slug;
    if (!slug || this.sending) return;
    // BallotInput's one rule a visitor can break here, checked by hand to keep valibot off the static
    // path: its others hold by construction (the choices are the poll's own option keys). The API checks them all.
    if (this.selection.length === 0) {
      this.alert = (t) => t.chooseAtLeastOne;
      return;
    }
    const ballot: BallotInput = { choices: this.selection };
    this.sending = true;
    this.alert = undefined;
    this.announcement = undefined;
    try {
      const { token } = await this.identity.resolve();
      const updated = await castBallot(resolveApiBase(this), slug, ballot, token);
      this.view = updated;
      // Its ETag is not known: the next refresh reads it whole.
      this.etag = null;
      this.editing = false;
      this.selection = updated.myBallot?.choices ?? ballot.choices;
      this.announcement = (t) => t.voteRecorded;
      this.emit('sip-vote', { poll: updated, choices: ballot.choices });
      await this.updateComplete;
      // The form is gone: move focus to what replaced it rather than lose it to the page.
      this.renderRoot.querySelector<HTMLElement>('.my-ballot')?.focus();
    } catch (error) {
      // The selection stays as it was, so the visitor can simply try again.
      const { code } = this.emitError(error);
      // This browser's ballot exists after all (its record was lost): show it on the next load.
      if (code === 'ballot_already_cast' && !this.token && !resolveTokenUrl(this))
        rememberAnonymousVote(slug);
      this.alert = (t) => errorMessage(t, code);
    } finally {
      this.sending = false;
    }
  }
}
