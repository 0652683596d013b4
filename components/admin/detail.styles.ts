import { css } from 'lit';

export const detailStyles = css`
  [part~='base'] {
    gap: calc(var(--_space) * 1.25);
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.5em 1em;
  }

  .facts dt {
    color: var(--_muted);
    font-size: 0.85em;
  }

  .text {
    display: grid;
    gap: 0.75em;
    max-width: 70ch;
    overflow-wrap: anywhere;
  }

  .text p,
  .note {
    white-space: pre-line;
  }

  .reports,
  .history {
    display: grid;
    gap: 0.5em;
    padding-inline-start: 1.25em;
  }

  .reports li > *,
  .history li > * {
    margin-inline-end: 0.5em;
  }

  .note {
    margin-top: 0.25em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }

  .reject {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    max-width: 36rem;
  }

  .form-heading {
    margin: 0;
    font-size: 1em;
  }
`;
