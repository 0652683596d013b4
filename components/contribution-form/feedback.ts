/**
 * What the form shows once the person sends: the summary of the fields to
 * correct, the confirmation, the strings of every message after an attempt
 * and their styles. Part of the submission's code (submission-code.ts),
 * fetched when focus first enters the form: nobody sees any of it before then.
 */
import { adoptStyles, html, nothing } from 'lit';
import type { ContributionReceipt } from '../../schema/contributions.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import { feedbackStyles } from './feedback.styles.ts';
import { FIELDS, type Field, type FieldErrors } from './fields.ts';
import { frFeedback } from './translations/fr-feedback.ts';
import type { ContributionFormTranslation, FeedbackStrings } from './translations/translation.ts';

/** The feedback in `t`'s language: Dutch and English dictionaries carry theirs, French's comes with this code. */
export const feedback = (t: ContributionFormTranslation): FeedbackStrings => t.feedback ?? frFeedback;

/** The message for a code that sending answered: the form's own codes (its feedback's `problems`), else the shared ones. */
export const sendingError = (t: ContributionFormTranslation, code: string): string =>
  errorMessage({ ...t, problems: feedback(t).problems }, code);

/**
 * Adds the feedback's styles to a form's own (its shadow root), once: called
 * as this code arrives, before anything it styles can be on screen.
 */
export function adoptFeedbackStyles(root: HTMLElement | DocumentFragment): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = feedbackStyles.styleSheet;
  // Without constructable style sheets, Lit's own fallback: a <style> in the shadow root.
  if (!sheet) adoptStyles(root, [feedbackStyles]);
  else if (!root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Every error in one place, each linking to its field. */
export function renderSummary(
  t: ContributionFormTranslation,
  errors: FieldErrors,
  focusField: (field: Field) => void,
) {
  const fields = FIELDS.filter((field) => errors[field]);
  if (fields.length === 0) return nothing;
  return html`
    <p>${feedback(t).errorSummary(fields.length)}</p>
    <ul>
      ${fields.map(
        (field) => html`
          <li>
            <a href="#${field}" @click=${(event: Event) => {
              event.preventDefault();
              focusField(field);
            }}>${errors[field]?.(t)}</a>
          </li>
        `,
      )}
    </ul>
  `;
}

/** The thanks, with the reference to quote; focusable, so the focus can land on it. */
export function renderConfirmation(
  t: ContributionFormTranslation,
  receipt: ContributionReceipt,
  writeAnother: () => void,
) {
  const f = feedback(t);
  return html`
    <section part="confirmation" class="confirmation" tabindex="-1" aria-labelledby="confirmation-heading">
      <h2 id="confirmation-heading">${f.received}</h2>
      <p>${receipt.status === 'published' ? f.publishedNote : f.pendingNote}</p>
      <p part="reference" class="reference">${f.reference(receipt.id)}</p>
      <button class="secondary" type="button" @click=${writeAnother}>${f.writeAnother}</button>
    </section>
  `;
}
