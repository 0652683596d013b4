import { css } from 'lit';

/**
 * Shared tokens and base rules for every widget. Each `--sip-*` custom
 * property a host page sets wins; the defaults below blend into a plain page
 * in light or dark mode (native controls, radios and checkboxes, follow it
 * through `color-scheme`). Widgets read the private `--_*` copies only.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--sip-accent, #17694e);
    --_on-accent: var(--sip-on-accent, #ffffff);
    --_surface: var(--sip-surface, #ffffff);
    --_text: var(--sip-text, #1f2328);
    --_muted: var(--sip-muted, #565d66);
    --_border: var(--sip-border, #c4c9d0);
    --_danger: var(--sip-danger, #b3261e);
    --_focus: var(--sip-focus, #1a5fb4);
    --_radius: var(--sip-radius, 0.5rem);
    --_space: var(--sip-space, 1rem);

    color-scheme: light dark;
    display: block;
    box-sizing: border-box;
    font-family: var(--sip-font, inherit);
    line-height: 1.5;
    color: var(--_text);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--sip-accent, #5cc8a0);
      --_on-accent: var(--sip-on-accent, #0b1f18);
      --_surface: var(--sip-surface, #1d2126);
      --_text: var(--sip-text, #e8eaed);
      --_muted: var(--sip-muted, #aab1ba);
      --_border: var(--sip-border, #4a515a);
      --_danger: var(--sip-danger, #ffb4ab);
      --_focus: var(--sip-focus, #8ab4f8);
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    padding: 0.5em 1.1em;
    border: 1px solid var(--_accent);
  }

  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  button.secondary {
    background: transparent;
    color: var(--_text);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }

  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
  }
`;
