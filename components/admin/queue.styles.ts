import { css } from 'lit';

export const queueStyles = css`
  .layout {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    align-items: start;
  }

  @media (min-width: 60rem) {
    .layout {
      grid-template-columns: minmax(16rem, var(--_list-width)) minmax(0, 1fr);
    }

    [part~='detail'] {
      position: sticky;
      top: var(--_space);
      max-height: calc(100vh - 2 * var(--_space));
      overflow: auto;
    }
  }

  /* Grid items would otherwise grow to their longest option or title and run under the detail pane. */
  .list-pane {
    min-width: 0;
  }

  .filters label {
    flex: 1 1 12rem;
    min-width: 0;
  }

  .filters select {
    width: 100%;
  }

  .heading-row {
    justify-content: space-between;
    align-items: center;
  }

  button.help {
    padding: 0.25em 0.75em;
  }

  .list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.4em;
  }

  .item {
    display: grid;
    min-width: 0;
    overflow-wrap: anywhere;
    gap: 0.25em;
    width: 100%;
    text-align: start;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
  }

  .item[aria-current='true'] {
    background: var(--_selected);
    border-color: var(--_accent);
    box-shadow: inset 4px 0 0 var(--_accent);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    color: var(--_muted);
    font-size: 0.85em;
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

  dialog {
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    max-width: min(32rem, 90vw);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }

  .shortcuts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.5em 1em;
    margin: var(--_space) 0;
  }

  @media (forced-colors: active) {
    .item[aria-current='true'] {
      border: 3px solid Highlight;
    }
  }
`;
