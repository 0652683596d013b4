import { css } from 'lit';

/** The recommendations' screens, on top of the page's shared rules (admin.styles.ts): the same look as the queue and the log. */
export const recommendationsStyles = css`
  h4 {
    margin: 0;
    font-size: 0.95em;
  }

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

  /* A title keeps a readable width; the table scrolls sideways instead. */
  th[scope='row'] {
    min-width: 14rem;
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

  button.small {
    padding: 0.15em 0.6em;
    font-size: 0.9em;
  }

  .badge.draft {
    border-style: dashed;
  }

  .badge.adopted,
  .badge.partially_adopted,
  .badge.in_progress,
  .badge.implemented {
    color: var(--_accent);
  }

  .badge.not_adopted,
  .badge.withdrawn {
    color: var(--_danger);
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

  .language {
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: normal;
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

  .fields {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    align-items: start;
  }

  label.choice {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    font-weight: normal;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1.25em;
  }

  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    width: 100%;
  }

  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    max-width: 48rem;
  }

  .items {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }

  .items > li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 0.75em;
    align-items: baseline;
    justify-content: space-between;
    padding: 0.4em 0;
    border-bottom: 1px solid var(--_border);
  }

  .items [data-invalid] {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.5em;
  }

  .item-text {
    display: grid;
    gap: 0.1em;
    flex: 1 1 18rem;
  }

  .item-actions {
    display: flex;
    gap: 0.35em;
  }

  .timeline {
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.5em;
  }

  details > summary {
    cursor: pointer;
  }

  @media (forced-colors: active) {
    .status,
    .items [data-invalid] {
      border-inline-start-color: CanvasText;
    }
  }
`;
