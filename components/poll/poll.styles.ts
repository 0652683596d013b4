import { css } from 'lit';

export const pollStyles = css`
  :host {
    --_bar-color: var(--sip-poll-bar-color, var(--_accent));
    --_bar-track: var(--sip-poll-bar-track, var(--_border));
    --_bar-height: var(--sip-poll-bar-height, 0.75rem);
    --_padding: var(--sip-poll-padding, var(--_space));
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
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }

  h2 {
    font-size: 1.25em;
    line-height: 1.3;
  }

  h3 {
    font-size: 1em;
  }

  [part~='header'] {
    display: grid;
    gap: 0.5em;
  }

  .theme,
  .muted,
  .facts {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .description {
    white-space: pre-line;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .badge {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.6em;
    font-size: 0.85em;
  }

  .badge.state-open {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }

  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }

  .facts dt::after {
    content: ':';
  }

  :host(:lang(fr)) .facts dt::after {
    content: '\\a0:';
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4em;
  }

  legend {
    padding: 0;
    margin-block-end: 0.4em;
    font-weight: 600;
  }

  [part~='option'] {
    display: flex;
    align-items: center;
    gap: 0.6em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  [part~='option']:has(input:checked) {
    border-color: var(--_accent);
  }

  [part~='option']:has(input:disabled) {
    cursor: default;
    color: var(--_muted);
  }

  input {
    accent-color: var(--_accent);
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    margin-block-start: 0.75em;
  }

  .message {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.6em;
  }

  [part~='error'] {
    color: var(--_danger);
    font-weight: 600;
  }

  [part~='error']:empty {
    display: none;
  }

  .my-ballot {
    display: grid;
    gap: 0.3em;
  }

  .my-ballot ul {
    padding-inline-start: 1.2em;
  }

  .my-ballot .change {
    justify-self: start;
  }

  [part~='results'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.6em;
  }

  /* A data table may scroll within itself on a narrow screen (WCAG 1.4.10); the page never does. */
  [part~='breakdown'] {
    overflow-x: auto;
  }

  .tallies {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.6em;
  }

  .tally {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.2em 1em;
  }

  .tally-figures {
    font-variant-numeric: tabular-nums;
  }

  .bar {
    grid-column: 1 / -1;
    block-size: var(--_bar-height);
    background: var(--_bar-track);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .fill {
    display: block;
    block-size: 100%;
    background: var(--_bar-color);
    transition: inline-size 0.4s ease-out;
  }

  details summary {
    cursor: pointer;
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block-start: 0.75em;
    font-variant-numeric: tabular-nums;
  }

  caption {
    text-align: start;
    font-weight: 600;
  }

  th,
  td {
    text-align: start;
    padding: 0.2em 0.5em 0.2em 0;
    border-block-end: 1px solid var(--_border);
  }

  th[scope='row'] {
    font-weight: normal;
  }

  th[scope='col'] + th,
  td {
    text-align: end;
  }

  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }

    .fill {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
