import { css } from 'lit';

/**
 * The styles of the details, the guest form and the month grid: fetched with
 * their words, and added to the element's own (see the `more` code in the
 * element), so the list's bundle carries only the list's styles.
 */
export const detailsStyles = css`
  .details,
  .register,
  .guest,
  .month,
  .day-events {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_gap) * 0.75);
  }

  h4,
  dl,
  dd {
    margin: 0;
  }

  h2 {
    font-size: 1.3em;
    line-height: 1.3;
  }

  h4 {
    font-size: 1em;
  }

  .details {
    background: var(--_item-background);
    border: 1px solid var(--_item-border);
    border-radius: var(--_radius);
    padding: var(--_padding);
  }

  .actions,
  .links,
  .month-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }

  .links {
    padding: 0;
    list-style: none;
  }

  .local,
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .facts {
    display: grid;
    gap: 0.4em;
  }

  dt {
    font-weight: 600;
  }

  .text p + p {
    margin-block-start: 0.6em;
  }

  .text p {
    white-space: pre-line;
  }

  .message,
  .standing,
  .notice p {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.6em;
  }

  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }

  .field {
    display: grid;
    gap: 0.25em;
    border: 0;
    margin: 0;
    padding: 0;
  }

  .check {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }

  .check input {
    accent-color: var(--_accent);
  }

  .month-nav {
    justify-content: space-between;
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
    table-layout: fixed;
    font-variant-numeric: tabular-nums;
  }

  th {
    font-size: 0.8em;
    color: var(--_muted);
    padding-block: 0.3em;
  }

  [part~='day'] {
    border: 1px solid var(--_item-border);
    block-size: 3em;
    padding: 0.2em;
    vertical-align: top;
    cursor: pointer;
  }

  .has-events .number {
    font-weight: 700;
  }

  .marker {
    display: block;
    inline-size: fit-content;
    min-inline-size: 1.4em;
    margin-block-start: 0.15em;
    border-radius: 999px;
    background: var(--_marker);
    color: var(--_on-accent);
    font-size: 0.75em;
    text-align: center;
  }

  [aria-current='date'] {
    outline: 2px solid var(--_today);
    outline-offset: -3px;
  }

  [aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 15%, transparent);
  }

  @media (forced-colors: active) {
    .marker {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
