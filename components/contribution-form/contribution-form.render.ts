/**
 * The fields of <sip-contribution-form>: pure functions of the values, the
 * errors and the dictionary. Every control has its label, its hint and its
 * error tied to it (`aria-describedby`), and says when it is invalid. The
 * element updates its state on every input and change, so what was last
 * rendered is what the controls hold: plain property bindings suffice.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language, Role } from '../../schema/common.ts';
import { TEXT_MAX, TEXT_MIN, TITLE_MAX, TITLE_MIN } from '../../schema/contribution-limits.ts';
import type { TerritoryView } from '../../schema/territories.ts';
import type { ThemeEntry } from '../../schema/themes.ts';
import { localize, ROLES } from '../../schema/vocabulary.ts';
import { formatDateTime } from '../translations/format.ts';
import type { ContributionValues } from './draft-controller.ts';
import type { Author, Field, FieldErrors } from './fields.ts';
import type { ContributionFormTranslation, TerritoryGroup } from './translations/translation.ts';

export interface FormContext {
  t: ContributionFormTranslation;
  lang: Language;
  values: ContributionValues;
  errors: FieldErrors;
  /** The signed-in person, whose name and roles come from their site; undefined for a visitor. */
  author?: Author;
}

/** The ids a control is described by: its hint, then any extra ids, then its error. */
function describedBy({ errors }: FormContext, field: Field, ...ids: (string | false)[]) {
  return [...ids, errors[field] && `${field}-error`].filter(Boolean).join(' ') || nothing;
}

const invalid = ({ errors }: FormContext, field: Field) => (errors[field] ? 'true' : nothing);

function fieldError({ errors, t }: FormContext, field: Field) {
  const message = errors[field];
  return message
    ? html`<p part="field-error" class="field-error" id="${field}-error">${message(t)}</p>`
    : nothing;
}

function hint(field: Field, text: string) {
  return html`<p part="hint" class="hint" id="${field}-hint">${text}</p>`;
}

export function renderThemePicker(c: FormContext, themes: ThemeEntry[]): TemplateResult {
  return html`
    <div part="field" class="field">
      <label part="label" for="theme">${c.t.theme}</label>
      ${fieldError(c, 'theme')}
      <select id="theme" name="theme" required aria-invalid=${invalid(c, 'theme')} aria-describedby=${describedBy(c, 'theme')}>
        <option value="" .selected=${!c.values.theme}>${c.t.choose}</option>
        ${themes.map(
          (theme) =>
            html`<option value=${theme.slug} .selected=${c.values.theme === theme.slug}>${localize(theme.title, c.lang)}</option>`,
        )}
      </select>
    </div>
  `;
}

function territoryGroup({ country }: TerritoryView): TerritoryGroup {
  return country ?? 'other';
}

/** Belgium, France, then the rest, each in the API's order. */
export function groupTerritories(territories: TerritoryView[]): [TerritoryGroup, TerritoryView[]][] {
  return (['BE', 'FR', 'other'] as const)
    .map((group): [TerritoryGroup, TerritoryView[]] => [
      group,
      territories.filter((territory) => territoryGroup(territory) === group),
    ])
    .filter(([, members]) => members.length > 0);
}

export function renderFields(c: FormContext, territories: TerritoryView[]): TemplateResult {
  const { t, values } = c;
  const length = values.text.trim().length;
  return html`
    <div part="field" class="field">
      <label part="label" for="title">${t.titleLabel}</label>
      ${hint('title', t.titleHint(TITLE_MIN, TITLE_MAX))} ${fieldError(c, 'title')}
      <input id="title" name="title" type="text" required autocomplete="off" .value=${values.title}
        aria-invalid=${invalid(c, 'title')} aria-describedby=${describedBy(c, 'title', 'title-hint')} />
    </div>
    <div part="field" class="field">
      <label part="label" for="text">${t.textLabel}</label>
      ${hint('text', t.textHint)} ${fieldError(c, 'text')}
      <textarea id="text" name="text" required rows="10" .value=${values.text}
        aria-invalid=${invalid(c, 'text')} aria-describedby=${describedBy(c, 'text', 'text-hint', 'text-counter')}></textarea>
      <p part="counter" id="text-counter" class="counter ${length > TEXT_MAX ? 'over' : ''}">
        ${t.counter(length, TEXT_MIN, TEXT_MAX)}
      </p>
    </div>
    <div part="field" class="field">
      <label part="label" for="role">${t.roleLabel}</label>
      ${fieldError(c, 'role')}
      <select id="role" name="role" required aria-invalid=${invalid(c, 'role')} aria-describedby=${describedBy(c, 'role')}>
        <option value="" .selected=${!values.role}>${t.choose}</option>
        ${rolesFor(c.author).map((role) => html`<option value=${role} .selected=${values.role === role}>${t.roles[role]}</option>`)}
      </select>
    </div>
    <div part="field" class="field">
      <label part="label" for="territory">${t.territoryLabel}</label>
      ${fieldError(c, 'territory')}
      <select id="territory" name="territory" required aria-invalid=${invalid(c, 'territory')}
        aria-describedby=${describedBy(c, 'territory')}>
        <option value="" .selected=${!values.territory}>${t.choose}</option>
        ${groupTerritories(territories).map(
          ([group, members]) => html`
            <optgroup label=${t.territoryGroups[group]}>
              ${members.map(
                (territory) =>
                  html`<option value=${territory.code} .selected=${values.territory === territory.code}>${localize(territory.name, c.lang)}</option>`,
              )}
            </optgroup>
          `,
        )}
      </select>
    </div>
    ${renderName(c)}
    <div part="field" class="field">
      <label part="label" for="email">${t.emailLabel}</label>
      ${hint('email', t.emailHint)} ${fieldError(c, 'email')}
      <input id="email" name="email" type="email" autocomplete="email" .value=${values.email}
        aria-invalid=${invalid(c, 'email')} aria-describedby=${describedBy(c, 'email', 'email-hint')} />
    </div>
  `;
}

/** The roles a person may write as: their site's, when it gives any; otherwise every role (self-declared). */
function rolesFor(author: Author | undefined): readonly Role[] {
  const given = ROLES.filter((role) => author?.roles.includes(role));
  return given.length > 0 ? given : ROLES;
}

/**
 * The name published with the contribution, and the choice to publish
 * anonymously. A signed-in person's name is their site's, shown read-only; a
 * site that gives no name means publishing anonymously.
 */
function renderName(c: FormContext): TemplateResult {
  const { t, values, author } = c;
  if (author && author.name === null) {
    return html`<p part="hint" class="hint" id="anonymous-only">${t.anonymousOnly}</p>`;
  }
  const fromSite = author !== undefined;
  const name = html`
    <div part="field" class="field">
      <label part="label" for="displayName">${t.displayNameLabel}</label>
      ${hint('displayName', fromSite ? t.displayNameFromSite : t.displayNameHint)} ${fieldError(c, 'displayName')}
      <input id="displayName" name="displayName" type="text" autocomplete="name" ?required=${!fromSite}
        ?readonly=${fromSite} .value=${author?.name ?? values.displayName} aria-invalid=${invalid(c, 'displayName')}
        aria-describedby=${describedBy(c, 'displayName', 'displayName-hint')} />
    </div>
  `;
  return html`
    ${values.anonymous ? nothing : name}
    <div class="check">
      <input id="anonymous" name="anonymous" type="checkbox" .checked=${values.anonymous} />
      <label for="anonymous">${t.anonymousLabel}</label>
    </div>
  `;
}

/** People never see nor reach this field; a bot filling in every input gives itself away. */
export function renderHoneypot(t: ContributionFormTranslation, value: string): TemplateResult {
  return html`
    <div class="honeypot" aria-hidden="true">
      <label for="website">${t.honeypotLabel}</label>
      <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${value} />
    </div>
  `;
}

/** Only http(s) links are followed: a host page's typo must not become a `javascript:` URL. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, document.baseURI);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

export function renderConsent(c: FormContext, checked: boolean, privacyUrl: string | undefined) {
  const { t } = c;
  const href = safeUrl(privacyUrl);
  return html`
    <div part="field consent" class="field">
      ${fieldError(c, 'consent')}
      <div class="check">
        <input id="consent" name="consent" type="checkbox" required .checked=${checked}
          aria-invalid=${invalid(c, 'consent')} aria-describedby=${describedBy(c, 'consent')} />
        <label for="consent">
          ${t.consentLabel}
          ${
            href
              ? html`<a part="privacy-link" href=${href} target="_blank" rel="noopener"
                  >${t.privacyLink}<span class="visually-hidden"> ${t.newTab}</span></a
                >`
              : nothing
          }
        </label>
      </div>
    </div>
  `;
}

export function renderDraftNotice(
  t: ContributionFormTranslation,
  savedAt: string | undefined,
  discard: () => void,
) {
  if (!savedAt) return nothing;
  return html`
    <div part="draft" class="draft">
      <p>${t.draftRestored(formatDateTime(t.$code, savedAt))}</p>
      <button class="secondary" type="button" @click=${discard}>${t.discardDraft}</button>
    </div>
  `;
}

/**
 * The latest error, the send button and, after a failure worth repeating, a
 * retry button. Both stay focusable while sending (`aria-disabled`): a
 * disabled button would drop the focus to the page.
 */
export function renderActions(
  t: ContributionFormTranslation,
  state: { alert?: (t: ContributionFormTranslation) => string; sending: boolean; canRetry: boolean },
  retry: (event: Event) => void,
) {
  const busy = state.sending ? 'true' : 'false';
  return html`
    <div part="error" class="error" role="alert">${state.alert?.(t) ?? nothing}</div>
    <div class="actions">
      <button part="submit" class="primary" type="submit" aria-disabled=${busy}>
        ${state.sending ? t.sending : t.submit}
      </button>
      ${
        state.canRetry
          ? html`<button part="retry" class="secondary" type="button" aria-disabled=${busy} @click=${retry}>${t.retry}</button>`
          : nothing
      }
    </div>
  `;
}
