/**
 * The sign-in form: a named admin token, kept for this tab only once the API
 * accepted it (see admin.api.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AdminTranslation } from './translations/dictionaries.ts';

export interface SignInState {
  /** Why the form is shown again (signed out, session ended), if it is. */
  notice?: string;
  /** Why the last token was refused. */
  error?: string;
  busy: boolean;
  submit: (event: SubmitEvent) => void;
}

export function renderSignIn(t: AdminTranslation, state: SignInState): TemplateResult {
  const s = t.signIn;
  return html`
    <form part="sign-in" class="stack narrow" novalidate aria-labelledby="sign-in-heading" @submit=${state.submit}>
      <h2 id="sign-in-heading">${s.heading}</h2>
      <p role="status">${state.notice ?? nothing}</p>
      <p>${s.intro}</p>
      <label>
        ${s.tokenLabel}
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="off"
          spellcheck="false"
          required
          aria-invalid=${state.error ? 'true' : 'false'}
          aria-describedby="token-hint token-error"
        />
        <span id="token-hint" class="hint">${s.tokenHint}</span>
      </label>
      <p id="token-error" class="error" role="alert">${state.error ?? nothing}</p>
      <div class="row">
        <button type="submit" class="primary" aria-disabled=${state.busy ? 'true' : 'false'}>
          ${state.busy ? t.sending : s.submit}
        </button>
      </div>
      <p class="muted">${s.accessHint}</p>
    </form>
  `;
}
