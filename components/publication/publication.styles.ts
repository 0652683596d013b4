import { css } from 'lit';

export const publicationStyles = css`
  :host {
    --_padding: var(--sip-publication-padding, var(--_space));
    --_heading: var(--sip-publication-heading-color, var(--_text));
    --_rule: var(--sip-publication-rule-color, var(--_accent));
    --_card: var(--sip-publication-card-background, var(--_surface));
  }

  [part~='base'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_padding);
    display: grid;
    /* One column that may shrink below its content's widest line: the page's width decides (reflow at 320 px). */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }

  h2,
  h3,
  h4,
  h5,
  p,
  ol,
  ul,
  dl,
  dd,
  figure,
  blockquote {
    margin: 0;
  }

  h2,
  h3,
  h4 {
    color: var(--_heading);
    line-height: 1.3;
  }

  h2 {
    font-size: 1.4em;
  }

  h3 {
    font-size: 1.2em;
  }

  h4 {
    font-size: 1.05em;
    margin-block-start: 0.75em;
    padding-block-end: 0.2em;
    border-block-end: 2px solid var(--_rule);
  }

  h5 {
    font-size: 1em;
  }

  h3:focus {
    outline: none;
  }

  [part~='header'],
  [part~='theme'],
  .card,
  .board {
    display: grid;
    gap: 0.5em;
  }

  [part~='theme'] {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
  }

  .muted,
  .note,
  figcaption,
  summary {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .summary {
    font-style: italic;
  }

  [part~='links'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    list-style: none;
    padding: 0;
  }

  a {
    color: var(--_accent);
  }

  [part~='toc'] ol {
    padding-inline-start: 1.5em;
    display: grid;
    gap: 0.25em;
  }

  .items {
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.75em;
  }

  .card {
    background: var(--_card);
  }

  .scroll {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    width: 100%;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }

  th,
  td {
    text-align: start;
    padding: 0.25em 0.5em;
    border-block-end: 1px solid var(--_border);
  }

  th[scope='row'] {
    font-weight: normal;
  }

  .n {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  [part~='figures'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0.5em;
  }

  [part~='figures'] div {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.6em;
  }

  [part~='figures'] dt {
    font-size: 0.85em;
    color: var(--_muted);
  }

  [part~='figures'] dd {
    font-size: 1.4em;
    font-weight: 700;
  }

  [part~='quote'] {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 0.75em;
    display: grid;
    gap: 0.25em;
  }

  blockquote,
  .text {
    white-space: pre-line;
  }

  .board {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.75em;
  }

  .badge {
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.6em;
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
  }

  .status-adopted,
  .status-partially_adopted,
  .status-in_progress,
  .status-implemented {
    color: var(--_accent);
  }

  summary {
    cursor: pointer;
  }

  details ol {
    margin-block-start: 0.25em;
    padding-inline-start: 1.25em;
  }

  [part~='error'] {
    color: var(--_danger);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
