import { css } from 'lit';

/**
 * Rules shared by the moderation elements, on top of the widgets' base
 * tokens (`--sip-accent`, `--sip-surface`, …): the page themes like the kit.
 */
export const adminStyles = css`
  :host {
    --_selected: var(--sip-admin-selected, color-mix(in srgb, var(--_accent) 14%, var(--_surface)));
    --_list-width: var(--sip-admin-list-width, 24rem);
    --_max-width: var(--sip-admin-max-width, 80rem);
    background: var(--_surface);
  }

  h1,
  h2,
  h3,
  p,
  ul,
  ol,
  dl,
  dd,
  fieldset {
    margin: 0;
  }

  h1 {
    font-size: 1.4em;
    line-height: 1.3;
  }

  h2 {
    font-size: 1.2em;
    line-height: 1.3;
  }

  h3 {
    font-size: 1em;
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  .stack {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    align-content: start;
  }

  .narrow {
    max-width: 36rem;
  }

  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: end;
  }

  label,
  .label {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
  }

  input,
  select,
  textarea {
    font: inherit;
    font-weight: normal;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.45em 0.6em;
    max-width: 100%;
  }

  textarea {
    min-height: 5em;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .hint {
    font-weight: normal;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .error {
    color: var(--_danger);
    font-weight: 600;
  }

  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_surface);
  }

  a.button {
    display: inline-block;
    border-radius: var(--_radius);
    padding: 0.5em 1.1em;
    border: 1px solid var(--_accent);
    color: var(--_text);
    text-decoration: none;
  }

  .table-scroll {
    overflow-x: auto;
  }

  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85em;
    white-space: nowrap;
  }

  .badge.reported,
  .badge.rejected {
    color: var(--_danger);
  }

  .badge.published {
    color: var(--_accent);
  }

  kbd {
    font: inherit;
    font-family: ui-monospace, monospace;
    padding: 0 0.4em;
    border: 1px solid var(--_border);
    border-radius: 0.25em;
  }

  table {
    border-collapse: collapse;
    width: 100%;
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4em 0.6em;
    border-bottom: 1px solid var(--_border);
  }

  @media (forced-colors: active) {
    a.button,
    .badge {
      border-color: CanvasText;
    }
  }
`;
