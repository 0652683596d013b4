import { html, type LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { LANGUAGES, type Language } from '../../schema/common.ts';
import type { AdminIdentity } from '../../schema/moderation.ts';
import { asApiError } from '../internal/api.ts';
import { baseStyles } from '../internal/styles.ts';
import { adminStyles } from './admin.styles.ts';
import { renderSignIn } from './app.render.ts';
import { appStyles } from './app.styles.ts';
import type { Named } from './model.ts';
import { SipModerationElement } from './moderation-element.ts';
import { type AdminTranslation, errorMessage } from './translations/dictionaries.ts';
import { type AdminView, type ViewContext, viewsFor } from './views.ts';

type Message = (t: AdminTranslation) => string;
/** What every view's element has (not all extend SipModerationElement: the publication view has its own dictionaries). */
type FocusableView = Pick<LitElement, 'updateComplete'> & { focusHeading(): void };
const LANGUAGE_KEY = 'sip-admin-language';
const NAMES: Record<Language, string> = { fr: 'Français', nl: 'Nederlands', en: 'English' };
/** Cloudflare Access's own sign-out path on every protected host. */
const ACCESS_LOGOUT = '/cdn-cgi/access/logout';

/** The view the address names (`#audit`), whether or not this person may open it. */
const viewFromHash = (): string => location.hash.slice(1);

/**
 * @summary The moderation page: sign-in, who is signed in, and the queue, the log with its exports, and erasure.
 * @tagname sip-moderation-app
 *
 * @attr lang - Standard HTML attribute; inherited from ancestors and `<html lang>` when absent (fr, nl or en). The page's language picker sets it.
 *
 * @event {CustomEvent<SipErrorDetail>} sip-error - Signing in, or asking who is signed in, failed; `detail.status` (0 when unreachable) and `detail.code`. The views fire their own.
 *
 * @csspart header - The banner: title, who is signed in, language, sign-out.
 * @csspart nav - The links between the queue, the log and erasure.
 * @csspart main - The current view.
 * @csspart sign-in - The sign-in form.
 *
 * @cssproperty --sip-admin-max-width - Widest the page grows. Defaults to `80rem`.
 */
export class SipModerationApp extends SipModerationElement {
  static override styles = [baseStyles, adminStyles, appStyles];

  @state() private identity?: AdminIdentity;
  @state() private phase: 'checking' | 'signed-out' | 'signed-in' | 'failed' = 'checking';
  /** Why the page could not ask who is signed in (phase `failed`). */
  @state() private failure = 'internal_error';
  @state() private view = viewFromHash();
  @state() private notice?: Message;
  @state() private signInError?: Message;
  @state() private signingIn = false;
  @state() private themes: Named[] = [];
  @state() private territories: Named[] = [];
  /** The views whose elements are defined, by key: the page renders a view only once its chunk has loaded. */
  @state() private loaded: ReadonlySet<string> = new Set();
  /** The view whose elements could not be loaded, and why (an error code), until the moderator tries again. */
  @state() private loadFailure?: { key: string; code: string };
  /** Each view's load under way or done; a failed one is dropped, so trying again imports it again. */
  private readonly loads = new Map<string, Promise<void>>();

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = localStorage.getItem(LANGUAGE_KEY);
    if (!this.hasAttribute('lang') && stored && (LANGUAGES as readonly string[]).includes(stored))
      this.lang = stored;
    window.addEventListener('hashchange', this.followHash);
    void this.check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.followHash);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The current view's elements, the first time it is opened (and not again after a failure: the moderator retries).
    const view = this.phase === 'signed-in' ? this.currentView : undefined;
    if (view && !this.loads.has(view.key) && this.loadFailure?.key !== view.key) void this.loadView(view);
  }

  /** Also waits for the current view's elements while they load, so the view is rendered when this resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    const loading = this.currentView && this.loads.get(this.currentView.key);
    if (loading) {
      await loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  override render() {
    const t = this.t;
    if (this.phase === 'checking')
      return html`<main part="main" class="page"><p role="status">${t.loading}</p></main>`;
    if (this.phase === 'failed') {
      return html`
        <main part="main" class="page stack">
          <h1>${t.appTitle}</h1>
          <p role="alert">${errorMessage(t, this.failure)}</p>
          <div><button type="button" class="secondary" @click=${() => this.check()}>${t.retry}</button></div>
        </main>
      `;
    }
    return html`
      <button type="button" class="skip" @click=${this.skipToMain}>${t.skipToContent}</button>
      ${this.renderHeader(t)}
      ${this.phase === 'signed-in' ? this.renderNav(t) : nothing}
      <main part="main" id="main" class="page" tabindex="-1">
        ${
          this.phase === 'signed-in'
            ? this.renderView()
            : renderSignIn(t, {
                notice: this.notice?.(t),
                error: this.signInError?.(t),
                busy: this.signingIn,
                submit: (event) => this.signIn(event),
              })
        }
      </main>
    `;
  }

  private renderHeader(t: AdminTranslation): TemplateResult {
    const identity = this.identity;
    return html`
      <header part="header" class="header">
        <h1>${t.appTitle}</h1>
        <div class="session">
          ${identity ? html`<p class="who">${t.signedInAs(identity.name, t.adminRoles[identity.role])}</p>` : nothing}
          <label class="language">
            ${t.languageLabel}
            <select @change=${this.chooseLanguage}>
              ${LANGUAGES.map(
                (code) =>
                  html`<option value=${code} lang=${code} ?selected=${code === this.language.language}>${NAMES[code]}</option>`,
              )}
            </select>
          </label>
          ${
            identity?.via === 'access'
              ? html`<a class="button" href=${ACCESS_LOGOUT}>${t.signOut}</a>`
              : identity
                ? html`<button type="button" class="secondary" @click=${this.signOut}>${t.signOut}</button>`
                : nothing
          }
        </div>
      </header>
    `;
  }

  private renderNav(t: AdminTranslation): TemplateResult {
    return html`
      <nav part="nav" class="nav" aria-label=${t.nav.label}>
        <ul>
          ${this.views.map(
            (view) =>
              html`<li><a href="#${view.key}" aria-current=${view === this.currentView ? 'page' : nothing}>${view.label(this.viewContext)}</a></li>`,
          )}
        </ul>
      </nav>
    `;
  }

  private get views(): readonly AdminView[] {
    return this.identity ? viewsFor(this.identity) : [];
  }

  /** The view the address asks for, if this role has it; else the first this role has. */
  private get currentView(): AdminView | undefined {
    return this.views.find((view) => view.key === this.view) ?? this.views[0];
  }

  private get viewContext(): ViewContext {
    const { adminClient: client, themes, territories, t } = this;
    // Only rendered once signed in.
    const identity = this.identity as AdminIdentity;
    return { client, identity, themes, territories, t, language: t.$code };
  }

  private renderView(): TemplateResult | typeof nothing {
    const view = this.currentView;
    if (!view) return nothing;
    if (this.loaded.has(view.key)) return view.render(this.viewContext);
    const t = this.t;
    if (this.loadFailure?.key === view.key) {
      return html`
        <div class="stack">
          <p role="alert">${errorMessage(t, this.loadFailure.code)}</p>
          <div><button type="button" class="secondary" @click=${() => this.retryView(view)}>${t.retry}</button></div>
        </div>
      `;
    }
    return html`<p role="status">${t.loading}</p>`;
  }

  /** Imports the view's elements once; a failure is shown in its place, and fired as `sip-error`. */
  private loadView(view: AdminView): Promise<void> {
    const known = this.loads.get(view.key);
    if (known) return known;
    const loading = view.load().then(
      () => {
        this.loaded = new Set([...this.loaded, view.key]);
      },
      (error: unknown) => {
        this.loads.delete(view.key);
        // The browser rejects a module it could not fetch with a TypeError (offline, or a chunk a newer release removed).
        const code = error instanceof TypeError ? 'network_error' : 'internal_error';
        this.loadFailure = { key: view.key, code };
        this.emit('sip-error', { status: 0, code });
      },
    );
    this.loads.set(view.key, loading);
    return loading;
  }

  private async retryView(view: AdminView): Promise<void> {
    this.loadFailure = undefined;
    await this.loadView(view);
    // The retry button is gone either way: focus goes to the view, or back to the next retry button.
    if (this.loaded.has(view.key)) await this.focusView();
    else {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('main button')?.focus();
    }
  }

  /** Who the stored token (or the Access session) stands for; nobody, or a refusal, asks for a token. */
  private async check(): Promise<void> {
    this.phase = 'checking';
    const client = this.adminClient;
    const token = client.token;
    try {
      const session = await client.session();
      if (session.signedIn) this.enter(session.admin);
      else this.phase = 'signed-out';
    } catch (error) {
      const { status, code } = asApiError(error);
      if (status !== 401) {
        this.failure = code;
        this.phase = 'failed';
        this.emit('sip-error', { status, code });
        return;
      }
      if (token) {
        // The token was revoked or has expired; Access, if it stands in front, may still let the moderator in.
        client.token = null;
        this.notice = (t) => t.signIn.expired;
        return this.check();
      }
      this.phase = 'signed-out';
    }
  }

  private async signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.signingIn) return;
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('token') as HTMLInputElement;
    const token = input.value.trim();
    this.notice = undefined;
    if (!token) return this.refuseSignIn((t) => t.required);
    this.signingIn = true;
    try {
      const identity = await this.adminClient.whoAmI(token);
      this.adminClient.token = token;
      this.enter(identity);
      await this.focusView();
    } catch (error) {
      const { status, code } = this.emitError(error);
      await this.refuseSignIn((t) => (status === 401 ? t.signIn.refused : errorMessage(t, code)));
    } finally {
      this.signingIn = false;
    }
  }

  private async refuseSignIn(message: Message): Promise<void> {
    this.signInError = message;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
  }

  private enter(identity: AdminIdentity): void {
    this.identity = identity;
    this.signInError = undefined;
    this.notice = undefined;
    this.phase = 'signed-in';
    void this.loadNames();
  }

  /** Theme titles and territory names in every language; the views show raw keys if they fail. */
  private async loadNames(): Promise<void> {
    const client = this.adminClient;
    const [themes, territories] = await Promise.all([
      client.themes().catch(() => ({ themes: [] })),
      client.territories().catch(() => ({ territories: [] })),
    ]);
    this.themes = themes.themes.map((theme) => ({ key: theme.slug, name: theme.title }));
    this.territories = territories.territories.map((territory) => ({
      key: territory.code,
      name: territory.name,
    }));
  }

  private async leave(notice: Message): Promise<void> {
    this.adminClient.token = null;
    this.identity = undefined;
    this.phase = 'signed-out';
    this.notice = notice;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
  }

  private readonly signOut = () => this.leave((t) => t.signIn.signedOut);

  /** Any 401 from a view: the token was revoked or the session ended. */
  protected override unauthorized(): void {
    if (this.phase === 'signed-in') void this.leave((t) => t.signIn.expired);
  }

  private chooseLanguage(event: Event): void {
    const language = (event.target as HTMLSelectElement).value;
    this.lang = language;
    localStorage.setItem(LANGUAGE_KEY, language);
  }

  private readonly followHash = (): void => {
    if (viewFromHash() === this.view) return;
    this.view = viewFromHash();
    if (this.phase === 'signed-in') void this.focusView();
  };

  /** Focus goes to the current view's heading (once its elements have loaded), so a screen reader says where the moderator landed. */
  private async focusView(): Promise<void> {
    await this.updateComplete;
    const view = this.renderRoot.querySelector<Element & Partial<FocusableView>>('main > *');
    // Not a view when its elements failed to load: the alert speaks for itself.
    if (!view?.focusHeading) return;
    await view.updateComplete;
    view.focusHeading();
  }

  /** A button rather than a link: a fragment cannot point into a shadow root. */
  private skipToMain(): void {
    this.renderRoot.querySelector<HTMLElement>('#main')?.focus();
  }
}
