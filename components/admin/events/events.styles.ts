import { css } from 'lit';

/** The events screens, on top of the page's shared rules (admin.styles.ts): the same look as the queue and the log. */
export const eventsStyles = css`
  .heading-row {
    justify-content: space-between;
    align-items: center;
  }

  .status {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_selected);
  }

  /* Kept in the page while empty, so screen readers follow the live region. */
  .status:empty {
    padding: 0;
    border: 0;
  }

  button.link {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .badge.cancelled {
    color: var(--_danger);
  }

  .cell-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.15em;
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.5em 1em;
  }

  .facts dt {
    color: var(--_muted);
    font-size: 0.85em;
  }

  .facts dd {
    overflow-wrap: anywhere;
  }

  .text {
    max-width: 70ch;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }

  legend {
    font-weight: 700;
    padding: 0 0.35em;
  }

  fieldset fieldset {
    border-style: dashed;
  }

  fieldset fieldset legend {
    font-weight: 600;
  }

  .fields {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    align-items: start;
  }

  .fields .wide {
    grid-column: 1 / -1;
  }

  label.check {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    font-weight: normal;
  }

  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1.25em;
  }

  input:not([type='checkbox']),
  select,
  textarea {
    width: 100%;
  }

  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    max-width: 40rem;
  }

  .notice {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_danger);
  }

  td.attendance {
    text-align: center;
  }

  td.attendance input {
    width: 1.25em;
    height: 1.25em;
  }

  @media (forced-colors: active) {
    .status,
    .notice {
      border-inline-start-color: CanvasText;
    }
  }
`;
