import { css } from 'lit';

/** The list's styles; the details' and the month's come with their code (event-details.styles.ts). */
export const calendarStyles = css`
  :host {
    --_padding: var(--sip-event-calendar-padding, var(--_space));
    --_gap: var(--sip-event-calendar-gap, var(--_space));
    --_item-background: var(--sip-event-calendar-item-background, var(--_surface));
    --_item-border: var(--sip-event-calendar-item-border, var(--_border));
    --_marker: var(--sip-event-calendar-marker, var(--_accent));
    --_today: var(--sip-event-calendar-today, var(--_accent));
  }

  .base {
    display: grid;
    /* One column that may shrink below its content's widest line: the page's width decides (reflow at 320 px). */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_gap) * 0.75);
  }

  h2,
  h3,
  p,
  ol,
  ul {
    margin: 0;
  }

  h3 {
    font-size: 1em;
  }

  a {
    color: inherit;
  }

  .toolbar,
  .filters,
  .copy,
  .badges,
  .seats {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }

  .filters {
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  /* A select is as wide as its longest choice (a theme's title): on a phone it shrinks to the line instead. */
  .filter {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: 0;
    max-inline-size: 100%;
    gap: 0.2em;
    font-size: 0.9em;
  }

  select,
  input {
    font: inherit;
    color: inherit;
    background: var(--_item-background);
    border: 1px solid var(--_item-border);
    border-radius: var(--_radius);
    padding: 0.35em 0.5em;
    max-inline-size: 100%;
  }

  .copy input {
    flex: 1 1 12em;
  }

  .views button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  summary {
    cursor: pointer;
    font-weight: 600;
  }

  .subscribe[open] {
    display: grid;
    gap: 0.5em;
  }

  .list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }

  .item {
    display: grid;
    gap: 0.3em;
    background: var(--_item-background);
    border: 1px solid var(--_item-border);
    border-radius: var(--_radius);
    padding: var(--_padding);
  }

  .title a {
    font-size: 1.1em;
  }

  .when,
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .badge {
    border: 1px solid var(--_item-border);
    border-radius: 999px;
    padding: 0 0.6em;
    font-size: 0.85em;
  }

  .cancelled {
    border-color: var(--_danger);
    color: var(--_danger);
    font-weight: 600;
  }

  .seats {
    font-size: 0.9em;
    padding: 0;
    list-style: none;
  }

  .back {
    justify-self: start;
  }

  .error {
    color: var(--_danger);
    font-weight: 600;
  }

  .error:empty {
    display: none;
  }
`;
