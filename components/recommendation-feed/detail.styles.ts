import { css } from 'lit';

/** One recommendation in full: adopted by the element with the detail's code (see detail.render.ts). */
export const detailStyles = css`
  .detail,
  section,
  .support,
  .sources,
  .timeline {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.6em;
  }

  .detail {
    background: var(--_item-background);
    border: 1px solid var(--_item-border);
    border-radius: var(--_radius);
    padding: var(--_item-padding);
    overflow-wrap: anywhere;
    gap: var(--_gap);
  }

  h4,
  ul,
  dl,
  dd {
    margin: 0;
  }

  h4 {
    font-size: 1em;
  }

  ul {
    list-style: none;
    padding: 0;
  }

  .timeline time {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .lead,
  .source-title,
  .support label {
    font-weight: 600;
  }

  .text {
    display: grid;
    gap: 0.6em;
  }

  .text p {
    white-space: pre-line;
  }

  .source,
  .earlier {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.6em;
  }

  .kind {
    font-size: 0.85em;
    font-weight: 600;
    text-transform: uppercase;
  }

  button.link {
    background: none;
    border: 0;
    padding: 0;
    color: inherit;
    text-decoration: underline;
    text-align: start;
  }

  .companion {
    padding-block: 0.5em;
  }

  .timeline li {
    border-inline-start: 3px solid var(--_badge);
    padding-inline-start: 0.6em;
    display: grid;
  }

  .by-role,
  .by-role div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 0.6em;
  }

  .by-role dt::after {
    content: ':';
  }

  :host(:lang(fr)) .by-role dt::after {
    content: '\\a0:';
  }

  summary {
    cursor: pointer;
  }

  .earlier {
    display: grid;
    gap: 0.4em;
    margin-block-start: 0.6em;
  }

  .support {
    justify-items: start;
  }

  input {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35em 0.5em;
    inline-size: min(100%, 24em);
  }

  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  input[aria-invalid='true'] + p {
    color: var(--_danger);
    font-weight: 600;
  }

  .message {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.6em;
  }
`;
