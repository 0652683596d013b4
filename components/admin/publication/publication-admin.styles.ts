import { css } from 'lit';

/** The publication view's own rules, on top of the moderation page's. */
export const publicationAdminStyles = css`
  h4 {
    font-size: 1.05em;
  }

  h5 {
    font-size: 1em;
    margin: 0;
  }

  .theme {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
  }

  .picks,
  .found,
  .editions {
    display: grid;
    gap: 0.75em;
    padding-inline-start: 1.25em;
    margin: 0;
  }

  .pick[aria-invalid='true'] {
    outline: 2px solid var(--_danger);
    outline-offset: 4px;
  }

  blockquote,
  .excerpt {
    margin: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
    white-space: pre-line;
  }

  .excerpt {
    max-height: 6lh;
    overflow: auto;
  }

  .confirm {
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .unsaved {
    font-weight: 600;
  }

  textarea {
    width: 100%;
  }
`;
