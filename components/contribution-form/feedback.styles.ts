import { css } from 'lit';

/**
 * What the form looks like after an attempt: invalid fields, their errors,
 * the summary and the confirmation. Part of the submission's code, added to
 * the form's own styles when that code arrives (see feedback.ts), so before
 * anything it styles can be on screen.
 */
export const feedbackStyles = css`
  h2,
  ul {
    margin: 0;
  }

  h2 {
    font-size: 1.15em;
    line-height: 1.3;
  }

  input:not([type='checkbox'])[aria-invalid='true'],
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 4px 0 0 var(--_danger);
  }

  input[type='checkbox'][aria-invalid='true'] {
    outline: 2px solid var(--_danger);
    outline-offset: 1px;
  }

  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }

  .summary {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.6em 0.8em;
  }

  .summary p {
    font-weight: 600;
  }

  .summary ul {
    padding-inline-start: 1.2em;
  }

  .summary a {
    color: var(--_danger);
  }

  .confirmation {
    display: grid;
    gap: var(--_gap);
    justify-items: start;
  }

  .reference {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  @media (forced-colors: active) {
    textarea[aria-invalid='true'],
    select[aria-invalid='true'],
    input[aria-invalid='true'] {
      border-width: 3px;
    }
  }
`;
