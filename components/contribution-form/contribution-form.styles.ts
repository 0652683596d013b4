import { css } from 'lit';

/**
 * What the form looks like before the person sends. The rest (field errors,
 * the summary, the confirmation) is in feedback.styles.ts, with the
 * submission's code.
 */
export const formStyles = css`
  :host {
    --_padding: var(--sip-contribution-form-padding, var(--_space));
    --_gap: var(--sip-contribution-form-gap, var(--_space));
    --_field-background: var(--sip-contribution-form-field-background, var(--_surface));
    --_field-border: var(--sip-contribution-form-field-border, var(--_border));
    --_text-height: var(--sip-contribution-form-text-height, 12em);
  }

  [part~='base'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_padding);
    display: grid;
    gap: calc(var(--_gap) * 0.75);
  }

  p {
    margin: 0;
  }

  form {
    display: grid;
    gap: var(--_gap);
  }

  .theme,
  .muted,
  .hint,
  .counter {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .theme {
    font-weight: 600;
  }

  .field {
    display: grid;
    gap: 0.3em;
  }

  label {
    font-weight: 600;
  }

  input[type='text'],
  input[type='email'],
  textarea,
  select {
    font: inherit;
    color: inherit;
    background: var(--_field-background);
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius);
    padding: 0.45em 0.6em;
    inline-size: 100%;
  }

  textarea {
    min-block-size: var(--_text-height);
    resize: vertical;
  }

  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
  }

  .check label {
    font-weight: normal;
  }

  input[type='checkbox'] {
    accent-color: var(--_accent);
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0.2em 0 0;
    flex: none;
  }

  a {
    color: var(--_accent);
  }

  .counter {
    font-variant-numeric: tabular-nums;
  }

  .counter.over,
  [part~='error'] {
    color: var(--_danger);
    font-weight: 600;
  }

  [part~='error']:empty,
  .summary:empty {
    display: none;
  }

  .draft,
  .message {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.6em;
  }

  .draft {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;
