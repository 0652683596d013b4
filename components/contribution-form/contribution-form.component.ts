import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { TEXT_MAX, TEXT_MIN } from '../../schema/contribution-limits.ts';
import type { TerritoryView } from '../../schema/territories.ts';
import type { ThemeEntry } from '../../schema/themes.ts';
import { localize } from '../../schema/vocabulary.ts';
import { asApiError } from '../internal/api.ts';
import { resolveApiBase, resolveTokenUrl } from '../internal/config.ts';
import { draftKey } from '../internal/draft.ts';
import { barrierFor } from '../internal/eligibility.ts';
import { baseStyles } from '../internal/styles.ts';
import { SipWidget } from '../internal/widget-element.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import { loadTerritories, loadThemes } from './contribution-form.api.ts';
import type { SipContributionFormEventMap } from './contribution-form.events.ts';
import {
  type FormContext,
  renderActions,
  renderConsent,
  renderDraftNotice,
  renderFields,
  renderHoneypot,
  renderThemePicker,
} from './contribution-form.render.ts';
import { formStyles } from './contribution-form.styles.ts';
import { DraftController, EMPTY_VALUES } from './draft-controller.ts';
import { type Author, type Field, type FormState, firstInvalid, type Message } from './fields.ts';
import { LoadController } from './load-controller.ts';
import { Submission } from './submission.ts';
import { contributionFormDictionaries } from './translations/dictionaries.ts';
import type { ContributionFormTranslation } from './translations/translation.ts';

/** The counter is announced once typing pauses this long, never on each keystroke. */
const COUNTER_PAUSE_MS = 1000;

interface Catalog {
  themes: ThemeEntry[];
  territories: TerritoryView[];
}

/**
 * @summary A written contribution on a debate theme: title, text, who writes it and from where, with a draft kept as one types.
 * @tagname sip-contribution-form
 *
 * @slot header - Content above the form, e.g. a heading or an introduction.
 * @slot footer - Content below the form.
 *
 * @event {CustomEvent<SipSubmitDetail>} sip-submit - The contribution was accepted; `detail.receipt` has its reference (`id`) and `status` (`pending` or `published`).
 * @event {CustomEvent<SipContributionFormLoadDetail>} sip-load - The themes and territories were loaded; `detail.themes`, `detail.territories`.
 * @event {CustomEvent<SipErrorDetail>} sip-error - Loading or sending failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart base - The widget's card.
 * @csspart theme - The fixed theme's title.
 * @csspart form - The form.
 * @csspart field - One field: label, hint, error and control.
 * @csspart label - A field's label.
 * @csspart hint - A field's help text.
 * @csspart field-error - The error shown beside a field.
 * @csspart counter - The text's length against its minimum and maximum.
 * @csspart consent - The consent checkbox and its link to the privacy notice.
 * @csspart privacy-link - The link to the host site's privacy notice.
 * @csspart error-summary - The list of fields to correct, after a submission attempt.
 * @csspart draft - The notice that a draft was restored, with its discard button.
 * @csspart message - Why the visitor may not contribute to the theme.
 * @csspart error - The alert region with the latest sending or loading error.
 * @csspart submit - The send button.
 * @csspart retry - The retry button after a failed submission.
 * @csspart confirmation - The thanks after sending, with the reference.
 * @csspart reference - The contribution's reference in the confirmation.
 *
 * @cssproperty --sip-contribution-form-padding - Space inside the card. Defaults to `--sip-space` (1rem).
 * @cssproperty --sip-contribution-form-gap - Space between fields. Defaults to `--sip-space` (1rem).
 * @cssproperty --sip-contribution-form-field-background - Background of text fields and selects. Defaults to `--sip-surface`.
 * @cssproperty --sip-contribution-form-field-border - Border color of text fields and selects. Defaults to `--sip-border`.
 * @cssproperty --sip-contribution-form-text-height - Initial height of the text area. Defaults to `12em`.
 */
export class SipContributionForm extends SipWidget<ContributionFormTranslation, SipContributionFormEventMap> {
  static override styles = [baseStyles, formStyles];
  // Declared rather than decorated, as the base classes are: no decorator helper in the form's bundle.
  // `attribute: false` (implied by `state`) tells the manifest analyzer that the state is no attribute.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    privacyUrl: { attribute: 'privacy-url' },
    turnstileSiteKey: { attribute: 'turnstile-site-key' },
    consent: { state: true, attribute: false },
    website: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The theme's slug; without it the form offers a theme picker. */
  theme = '';

  /** The host site's privacy notice (http or https), linked from the consent checkbox. */
  privacyUrl?: string;

  /** Cloudflare Turnstile site key: anonymous visitors then pass a challenge, loaded once they start writing. */
  turnstileSiteKey?: string;

  private consent = false;
  private website = '';
  private announcement?: Message;
  private catalog?: Catalog;
  private counterTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly draft = new DraftController(this, () => draftKey(location.pathname, this.theme));
  private readonly submission = new Submission({
    host: this,
    identity: this.identity,
    draft: this.draft,
    turnstileSiteKey: () => (this.identity.current.token ? undefined : this.turnstileSiteKey || undefined),
    language: () => this.t.$code,
  });

  private readonly loader = new LoadController(this, {
    args: () => [resolveApiBase(this), this.token, resolveTokenUrl(this), this.identity.version] as const,
    task: async ([base]): Promise<Catalog> => {
      const [themes, territories] = await Promise.all([loadThemes(base), loadTerritories(base)]);
      await this.identity.resolve();
      return { themes, territories };
    },
    onComplete: (catalog) => {
      this.catalog = catalog;
      this.followIdentity();
      this.emit('sip-load', catalog);
    },
    onError: (error) => this.emitError(error),
  });

  constructor() {
    super(contributionFormDictionaries);
  }

  /** Also waits for the code fetched once the person starts (the submission's, Turnstile's) and the checks of an attempt under way. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await Promise.all([this.submission.ready, this.submission.checked]);
    return super.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.counterTimer);
  }

  override render() {
    const t = this.t;
    // While loading again, the catalog at hand stays on screen.
    const content =
      this.loader.status === 'error'
        ? html`
          <p part="error" class="error" role="alert">${errorMessage(t, asApiError(this.loader.error).code)}</p>
          <button class="secondary" type="button" @click=${() => this.loader.run()}>${t.retry}</button>
        `
        : this.catalog
          ? this.renderContent(this.catalog)
          : html`<p role="status">${t.loading}</p>`;
    return html`
      <div part="base" class="base">
        <slot name="header"></slot>
        ${content}
        <p class="visually-hidden" role="status">${this.announcement?.(t) ?? nothing}</p>
        <slot name="footer"></slot>
      </div>
    `;
  }

  private renderContent({ themes, territories }: Catalog): TemplateResult | typeof nothing {
    const t = this.t;
    if (this.submission.receipt) return this.submission.confirmation(t, () => this.restart('writeAnother'));
    const theme = themes.find((entry) => entry.slug === (this.theme || this.draft.values.theme));
    if (this.theme && !theme)
      return html`<p part="error" class="error" role="alert">${t.errors.theme_not_found}</p>`;
    if (themes.length === 0) return html`<p part="message" class="message">${t.noThemes}</p>`;
    const barrier = theme && barrierFor(theme.audience, this.identity.current);
    const heading =
      theme && this.theme
        ? html`<p part="theme" class="theme">${localize(theme.title, t.$code)}</p>`
        : nothing;
    const message = barrier ? html`<p part="message" class="message">${t.ineligible[barrier]}</p>` : nothing;
    // A fixed theme closed to the visitor: the reason instead of the form.
    if (barrier && this.theme) return html`${heading}${message}`;
    const c: FormContext = {
      t,
      lang: t.$code,
      values: this.draft.values,
      errors: this.submission.errors,
      author: this.author,
    };
    return html`
      ${heading}
      <form part="form" novalidate @submit=${this.submit} @input=${this.edit} @change=${this.edit}
        @focusin=${this.prepare}>
        ${renderDraftNotice(t, this.draft.restoredFrom, () => this.restart('discard'))}
        <div part="error-summary" class="summary" role="alert">${this.submission.summary(t, (field) => this.focusField(field))}</div>
        <p class="muted">${t.requiredNote} ${t.draftNote}</p>
        ${this.theme ? nothing : renderThemePicker(c, themes)}
        ${barrier ? message : this.renderBody(c, territories, theme)}
      </form>
    `;
  }

  private renderBody(c: FormContext, territories: TerritoryView[], theme: ThemeEntry | undefined) {
    const { t } = c;
    const member = theme?.moderation === 'post_members' && this.identity.current.claims?.member;
    return html`
      ${renderFields(c, territories)} ${renderConsent(c, this.consent, this.privacyUrl)}
      ${renderHoneypot(t, this.website)}
      <slot name="turnstile"></slot>
      <p class="muted">${member ? t.moderationNoteMember : t.moderationNote}</p>
      ${renderActions(t, this.submission, this.submit)}
    `;
  }

  /** What the checks work from. */
  private state(): FormState {
    const { theme, consent, website, author } = this;
    return { values: this.draft.values, theme, consent, website, author, language: this.t.$code };
  }

  /** The signed-in person as their token says, or undefined for a visitor. */
  private get author(): Author | undefined {
    const claims = this.identity.current.claims;
    return claims ? { name: claims.name?.trim() || null, roles: claims.roles } : undefined;
  }

  private edit(event: Event): void {
    const control = event.target as HTMLInputElement;
    const { name } = control;
    if (name === 'consent') this.consent = control.checked;
    else if (name === 'website') this.website = control.value;
    else if (name === 'anonymous') this.draft.change({ anonymous: control.checked });
    else if (Object.hasOwn(EMPTY_VALUES, name)) this.draft.change({ [name]: control.value });
    else return;
    if (name === 'text' && event.type === 'input') this.scheduleCounter();
    this.submission.recheck(this.state());
  }

  /** Focus entered the form: the person is about to write, fetch what sending will need (and show the challenge). */
  private prepare(): void {
    this.submission.prepare();
  }

  private scheduleCounter(): void {
    clearTimeout(this.counterTimer);
    this.counterTimer = setTimeout(() => {
      const length = this.draft.values.text.trim().length;
      this.announcement = (t) => t.counter(length, TEXT_MIN, TEXT_MAX);
    }, COUNTER_PAUSE_MS);
  }

  private async focusField(field: Field): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    await this.submission.submit(this.state());
    const first = firstInvalid(this.submission.errors);
    if (first) return this.focusField(first);
    if (!this.submission.receipt) return;
    this.consent = false;
    this.website = '';
    await this.updateComplete;
    // The form is gone: move focus to what replaced it rather than lose it to the page.
    this.renderRoot.querySelector<HTMLElement>('[part="confirmation"]')?.focus();
  }

  /** After a confirmation, or a discarded draft: an empty form, the person's name and role filled in. */
  private async restart(reason: 'writeAnother' | 'discard'): Promise<void> {
    if (reason === 'discard') this.draft.discard();
    this.submission.clear();
    this.announcement = reason === 'discard' ? (t) => t.draftDiscarded : undefined;
    this.followIdentity();
    await this.focusField(this.theme ? 'title' : 'theme');
  }

  private followIdentity(): void {
    const author = this.author;
    this.draft.follow({ name: author?.name ?? '', roles: author?.roles ?? [] });
  }
}
