import { css } from 'lit';

export const appStyles = css`
  :host {
    min-height: 100vh;
  }

  .page,
  .header,
  .nav {
    max-width: var(--_max-width);
    margin-inline: auto;
    padding-inline: var(--_space);
  }

  .page {
    padding-block: var(--_space) calc(var(--_space) * 3);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    align-items: center;
    padding-block: var(--_space);
    border-bottom: 1px solid var(--_border);
  }

  .header h1 {
    margin-inline-end: auto;
  }

  .session {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    align-items: center;
  }

  .language {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: normal;
  }

  .nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    list-style: none;
    margin: 0;
    padding: 0.5em 0;
  }

  .nav a {
    display: inline-block;
    padding: 0.4em 0.2em;
    color: var(--_text);
    border-bottom: 3px solid transparent;
  }

  .nav a[aria-current='page'] {
    font-weight: 600;
    border-bottom-color: var(--_accent);
    text-decoration: none;
  }

  .skip {
    position: absolute;
    font: inherit;
    inset-inline-start: var(--_space);
    top: -10em;
    padding: 0.5em 1em;
    background: var(--_surface);
    color: var(--_text);
    border: 2px solid var(--_focus);
    border-radius: var(--_radius);
    z-index: 1;
  }

  .skip:focus {
    top: var(--_space);
  }

  main:focus {
    outline: none;
  }
`;
