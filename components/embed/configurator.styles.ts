import { css } from 'lit';

/**
 * The configurator themes like the kit (`--sip-accent`, `--sip-surface`, …).
 * Its live preview does not: the page's own `--sip-*` values are reset on the
 * stage, so the widget there shows the kit's defaults and the snippet's
 * choices only, as it will on the web team's page.
 */
export const configuratorStyles = css`
  :host {
    --_max-width: var(--sip-embed-max-width, 80rem);
    min-height: 100vh;
    background: var(--_surface);
  }

  h1,
  h2,
  p,
  fieldset {
    margin: 0;
  }

  h1 {
    font-size: 1.4em;
    line-height: 1.3;
  }

  h2 {
    font-size: 1.2em;
    line-height: 1.3;
  }

  code,
  pre {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  .header,
  .page {
    max-width: var(--_max-width);
    margin-inline: auto;
    padding-inline: var(--_space);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    align-items: center;
    justify-content: space-between;
    padding-block: var(--_space);
    border-bottom: 1px solid var(--_border);
  }

  .page {
    display: grid;
    gap: var(--_space);
    padding-block: var(--_space) calc(var(--_space) * 3);
  }

  .language {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }

  .layout {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    /* Two columns where there is room; one under the other on a phone (reflow at 320 px). */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    align-items: start;
  }

  .options,
  .outcome,
  .preview,
  .snippet,
  .group {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }

  .outcome {
    gap: calc(var(--_space) * 1.5);
  }

  .group {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }

  .field,
  .choice {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }

  label {
    font-weight: 600;
  }

  .choice label,
  .check {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }

  input:not([type='radio'], [type='checkbox'], [type='color'], [type='range']),
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.45em 0.6em;
    min-width: 0;
    max-width: 100%;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .hint,
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: normal;
  }

  .choice .hint {
    padding-inline-start: 1.6em;
  }

  .error {
    color: var(--_danger);
    font-weight: 600;
  }

  .error:empty {
    display: none;
  }

  .colors {
    display: grid;
    gap: 0.5em 1em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
  }

  .color {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }

  .color label {
    font-weight: normal;
  }

  .color code {
    display: block;
  }

  input[type='color'] {
    flex: none;
    inline-size: 2.75rem;
    block-size: 2.25rem;
    padding: 0.1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .range {
    display: flex;
    gap: 0.75em;
    align-items: center;
  }

  .range input {
    flex: 1;
    min-width: 0;
    accent-color: var(--_accent);
  }

  .warning {
    color: var(--_danger);
  }

  .stage {
    /* The page's theme stops here: the preview shows the snippet's choices on the kit's defaults. */
    --sip-accent: initial;
    --sip-on-accent: initial;
    --sip-surface: initial;
    --sip-text: initial;
    --sip-muted: initial;
    --sip-border: initial;
    --sip-danger: initial;
    --sip-focus: initial;
    --sip-radius: initial;
    --sip-space: initial;
    --sip-font: initial;
    padding: var(--_space);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }

  .code {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Long lines wrap rather than scroll, so the code reflows on a phone and every character stays visible. */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    user-select: text;
  }

  .copy-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }

  .copy-status.done {
    color: var(--_accent);
    font-weight: 600;
  }

  .copy-status.failed {
    color: var(--_danger);
  }

  @media (forced-colors: active) {
    .stage,
    .group {
      border-color: CanvasText;
    }
  }
`;
