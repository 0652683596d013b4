import { css } from 'lit';

export const listStyles = css`
  :host {
    --_gap: var(--sip-contribution-list-gap, var(--_space));
    --_item-padding: var(--sip-contribution-list-item-padding, var(--_space));
    --_item-background: var(--sip-contribution-list-item-background, var(--_surface));
    --_item-border: var(--sip-contribution-list-item-border, var(--_border));
  }

  [part~='base'] {
    display: grid;
    gap: var(--_gap);
  }

  h3,
  p,
  ol,
  fieldset {
    margin: 0;
  }

  .list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }

  .item {
    background: var(--_item-background);
    border: 1px solid var(--_item-border);
    border-radius: var(--_radius);
    padding: var(--_item-padding);
    display: grid;
    gap: 0.6em;
  }

  h3 {
    font-size: 1.1em;
    line-height: 1.3;
  }

  .meta,
  .empty {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }

  .author {
    font-weight: 600;
  }

  .taken-up {
    font-size: 0.9em;
  }

  .taken-up a {
    color: inherit;
  }

  .text {
    display: grid;
    gap: 0.6em;
    overflow-wrap: anywhere;
  }

  .text p {
    white-space: pre-line;
  }

  button.link {
    background: none;
    border: 0;
    padding: 0;
    color: var(--_muted);
    text-decoration: underline;
    font-size: 0.9em;
  }

  .report {
    display: grid;
    gap: 0.6em;
    justify-items: start;
  }

  .report-form {
    display: grid;
    gap: 0.5em;
    inline-size: 100%;
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75em;
  }

  fieldset {
    border: 0;
    padding: 0;
    display: grid;
    gap: 0.3em;
  }

  legend {
    padding: 0;
    margin-block-end: 0.3em;
    font-weight: 600;
  }

  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  input[type='radio'] {
    accent-color: var(--_accent);
    margin: 0;
  }

  label[for] {
    font-weight: 600;
  }

  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.45em 0.6em;
    inline-size: 100%;
    resize: vertical;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
  }

  .field-error,
  [part~='error'] {
    color: var(--_danger);
    font-weight: 600;
  }

  [part~='error']:empty {
    display: none;
  }

  .report-thanks {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.6em;
    font-size: 0.9em;
  }

  .load-more {
    justify-self: center;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;
