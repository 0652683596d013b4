import { css } from 'lit';

/** The list's styles, and what the detail shares with it; the detail's own come with its code (detail.styles.ts). */
export const feedStyles = css`
  :host {
    --_gap: var(--sip-recommendation-feed-gap, var(--_space));
    --_item-padding: var(--sip-recommendation-feed-item-padding, var(--_space));
    --_item-background: var(--sip-recommendation-feed-item-background, var(--_surface));
    --_item-border: var(--sip-recommendation-feed-item-border, var(--_border));
    --_badge: var(--sip-recommendation-feed-badge-color, var(--_accent));
  }

  .base,
  .list,
  .item {
    display: grid;
    /* One column that may shrink below its content's widest line: the page's width decides (reflow at 320 px). */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.6em;
  }

  .base,
  .list {
    gap: var(--_gap);
  }

  h3,
  p,
  ol {
    margin: 0;
  }

  h3 {
    font-size: 1.15em;
    line-height: 1.3;
  }

  ol {
    list-style: none;
    padding: 0;
  }

  a {
    color: inherit;
  }

  .item {
    background: var(--_item-background);
    border: 1px solid var(--_item-border);
    border-radius: var(--_radius);
    padding: var(--_item-padding);
    overflow-wrap: anywhere;
  }

  .theme,
  .muted,
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .meta,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 0.6em;
  }

  .badge {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.6em;
    color: var(--_text);
  }

  .status-adopted,
  .status-partially_adopted,
  .status-in_progress,
  .status-implemented {
    border-color: var(--_badge);
    color: var(--_badge);
    font-weight: 600;
  }

  .filters label {
    display: grid;
    /* A long theme name never widens the page: the select shrinks with the screen (reflow at 320 px). */
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: 0;
    gap: 0.2em;
    font-size: 0.9em;
    font-weight: 600;
  }

  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35em 0.5em;
    max-inline-size: 100%;
  }

  .error {
    color: var(--_danger);
    font-weight: 600;
  }

  .error:empty {
    display: none;
  }

  .load-more {
    justify-self: center;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;
