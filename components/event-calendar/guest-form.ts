/**
 * A guest's registration: name, e-mail, consent (and the mode of a hybrid
 * event), checked with the API's own RegistrationInput schema, a Turnstile
 * challenge when the site has a key, and a draft kept as the guest types so
 * nothing written is lost to a failed request or a reload. A chunk of its
 * own, fetched when a visitor without an account opens the form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import * as v from 'valibot';
import type { Language } from '../../schema/common.ts';
import {
  type EventView,
  GUEST_NAME_MAX,
  RegistrationInput,
  type RegistrationReceipt,
} from '../../schema/events.ts';
import { Turnstile } from '../contribution-form/turnstile.ts';
import { resolveApiBase } from '../internal/config.ts';
import { DraftStore, draftKey } from '../internal/draft.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import { register } from './event-calendar.api.ts';
import { type CalendarHost, seatModes } from './event-calendar.render.ts';
import type { EventDetailsTranslation, GuestField, Message } from './translations/translation.ts';

interface GuestValues {
  mode: string;
  name: string;
  email: string;
}

const FIELDS: readonly GuestField[] = ['mode', 'name', 'email', 'consent'];

/** The browser's own data, checked before it is trusted (an older version's, or edited by hand). */
const isValues = (value: unknown): value is GuestValues =>
  typeof value === 'object' &&
  value !== null &&
  ['mode', 'name', 'email'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

/** One challenge per calendar element, however many guest forms it opens. */
const challenges = new WeakMap<HTMLElement, Turnstile>();

/** Only http(s) links are followed: a host page's typo must not become a `javascript:` URL. */
function safeUrl(url: string | undefined): string | undefined {
  try {
    const resolved = url ? new URL(url, document.baseURI) : undefined;
    return resolved && /^https?:$/.test(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

export interface GuestContext {
  host: CalendarHost;
  event: EventView;
  language: () => Language;
  /** Called with the API's receipt once the registration is accepted. */
  done: (receipt: RegistrationReceipt) => Promise<void>;
}

export class GuestForm {
  private values: GuestValues;
  private consent = false;
  private errors = new Set<GuestField>();
  private sending = false;
  private alert: Message<EventDetailsTranslation> | undefined;
  private readonly draft: DraftStore<GuestValues>;
  private readonly turnstile: Turnstile;
  /** The modes a guest can choose: those with a seat left, or a waitlist. */
  private readonly modes: string[];

  constructor(private readonly context: GuestContext) {
    const { host, event } = context;
    this.modes = seatModes(event)
      .filter(({ seats }) => seats.left > 0 || event.waitlist)
      .map(({ mode }) => mode);
    this.draft = new DraftStore(draftKey(location.pathname, 'event', event.slug), isValues);
    this.values = this.draft.load()?.value ?? { mode: '', name: '', email: '' };
    if (this.modes.length === 1) this.values.mode = this.modes[0];
    let turnstile = challenges.get(host);
    if (!turnstile) {
      turnstile = new Turnstile(
        host,
        () => host.turnstileSiteKey || undefined,
        () => this.context.language(),
      );
      challenges.set(host, turnstile);
    }
    this.turnstile = turnstile;
    void turnstile.start();
  }

  render(t: EventDetailsTranslation): TemplateResult {
    const busy = this.sending ? 'true' : 'false';
    const href = safeUrl(this.context.host.privacyUrl);
    return html`
      <form part="guest-form" class="guest" novalidate @submit=${this.submit} @input=${this.edit} @change=${this.edit}>
        <p>${t.guestIntro}</p>
        ${this.modes.length > 1 ? this.renderModes(t) : nothing}
        ${this.field(
          t,
          'name',
          t.nameLabel,
          html`<input id="guest-name" name="name" type="text" autocomplete="name"
          required maxlength=${GUEST_NAME_MAX} .value=${this.values.name} aria-invalid=${this.invalid('name')}
          aria-describedby=${this.describedBy('name')} />`,
        )}
        ${this.field(
          t,
          'email',
          t.emailLabel,
          html`<input id="guest-email" name="email" type="email" autocomplete="email"
          required .value=${this.values.email} aria-invalid=${this.invalid('email')}
          aria-describedby=${this.describedBy('email', 'guest-email-hint')} />`,
          t.emailHint,
        )}
        <div class="field">
          ${this.error(t, 'consent')}
          <div class="check">
            <input id="guest-consent" name="consent" type="checkbox" required .checked=${this.consent}
              aria-invalid=${this.invalid('consent')} aria-describedby=${this.describedBy('consent')} />
            <label for="guest-consent">
              ${t.consentLabel}
              ${href ? html`<a href=${href} target="_blank" rel="noopener">${t.privacyLink}<span class="visually-hidden"> ${t.newTab}</span></a>` : nothing}
            </label>
          </div>
        </div>
        <slot name="turnstile"></slot>
        <div part="error" class="error" role="alert">${this.alert?.(t) ?? nothing}</div>
        <div class="actions">
          <button class="primary" type="submit" aria-disabled=${busy}>${this.sending ? t.sending : t.guestSubmit}</button>
        </div>
      </form>
    `;
  }

  private renderModes(t: EventDetailsTranslation): TemplateResult {
    return html`
      <fieldset class="field" aria-describedby=${this.describedBy('mode')}>
        <legend>${t.chooseMode}</legend>
        ${this.error(t, 'mode')}
        ${this.modes.map(
          (mode, index) => html`
            <div class="check">
              <input id=${index === 0 ? 'guest-mode' : `guest-mode-${mode}`} name="mode" type="radio" value=${mode}
                .checked=${this.values.mode === mode} />
              <label for=${index === 0 ? 'guest-mode' : `guest-mode-${mode}`}>${t.modes[mode as 'online']}</label>
            </div>
          `,
        )}
      </fieldset>
    `;
  }

  private field(
    t: EventDetailsTranslation,
    name: GuestField,
    label: string,
    control: TemplateResult,
    hint?: string,
  ) {
    return html`
      <div class="field">
        <label for="guest-${name}">${label}</label>
        ${hint ? html`<p class="hint" id="guest-${name}-hint">${hint}</p>` : nothing}
        ${this.error(t, name)} ${control}
      </div>
    `;
  }

  private error(t: EventDetailsTranslation, name: GuestField) {
    return this.errors.has(name)
      ? html`<p class="field-error" id="guest-${name}-error">${t.guestErrors[name]}</p>`
      : nothing;
  }

  private invalid(name: GuestField) {
    return this.errors.has(name) ? 'true' : nothing;
  }

  private describedBy(name: GuestField, hint?: string) {
    return [hint, this.errors.has(name) && `guest-${name}-error`].filter(Boolean).join(' ') || nothing;
  }

  private readonly edit = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    if (control.name === 'consent') this.consent = control.checked;
    else if (control.name in this.values) {
      this.values = { ...this.values, [control.name]: control.value };
      this.draft.schedule(this.values);
    } else return;
    // After an attempt, each error goes as soon as its field is right; none is added while typing.
    if (this.errors.size) this.errors = new Set([...this.errors].filter((field) => this.check().has(field)));
    this.context.host.requestUpdate();
  };

  /** The fields in error, per the API's own schema, plus what a guest must give (a name, an e-mail, consent). */
  private check(): Set<GuestField> {
    const input = this.input();
    const wrong = new Set<GuestField>();
    const result = v.safeParse(RegistrationInput, input);
    for (const issue of result.issues ?? []) {
      const key = issue.path?.[0]?.key;
      if (FIELDS.includes(key as GuestField)) wrong.add(key as GuestField);
    }
    if (!this.modes.includes(this.values.mode)) wrong.add('mode');
    if (!input.name) wrong.add('name');
    if (!input.email) wrong.add('email');
    if (!this.consent) wrong.add('consent');
    return wrong;
  }

  private input() {
    return {
      mode: this.values.mode,
      name: this.values.name.trim(),
      email: this.values.email.trim(),
      consent: this.consent,
      language: this.context.language(),
    };
  }

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.sending) return;
    const { host, event: view } = this.context;
    this.errors = this.check();
    this.alert = undefined;
    const first = FIELDS.find((field) => this.errors.has(field));
    if (first) {
      host.requestUpdate();
      await host.updateComplete;
      host.renderRoot.querySelector<HTMLElement>(`#guest-${first}`)?.focus();
      return;
    }
    // The draft is on disk before the request leaves: a failure or a reload keeps every word.
    this.draft.save(this.values);
    this.sending = true;
    host.requestUpdate();
    try {
      const turnstileToken = await this.turnstile.response();
      const input = v.parse(RegistrationInput, { ...this.input(), turnstileToken });
      const receipt = await register(resolveApiBase(host), view.slug, input, null);
      this.draft.clear();
      await this.context.done(receipt);
    } catch (error) {
      const { code, issues } = host.emitError(error);
      const fields = issues
        .map((issue) => issue.path.split('.')[0])
        .filter((key) => FIELDS.includes(key as GuestField));
      this.errors = new Set(fields as GuestField[]);
      if (!this.errors.size) this.alert = (t) => errorMessage(t, code);
    } finally {
      this.turnstile.reset();
      this.sending = false;
      host.requestUpdate();
    }
  };
}
