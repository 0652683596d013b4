/** The publication's admin view in English. */
import type { PublicationAdminTranslation } from './translation.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const en: PublicationAdminTranslation = {
  $code: 'en',
  heading: 'Annual publication',
  intro:
    'Pick each theme’s quotes, check the preview, then publish an edition: it is frozen, and earlier editions stay available.',
  yearLabel: 'Year',
  show: 'Show',
  loading: 'Loading…',
  retry: 'Try again',
  cancel: 'Cancel',

  editions: (year) => `Published editions of ${year}`,
  noEditions: 'No edition published for this year.',
  edition: (edition, date, by) => `Edition ${edition}, published on ${date} by ${by}`,
  printable: 'printable page',
  json: 'JSON',
  csv: 'CSV',

  publish: (edition) => `Publish edition ${edition}`,
  confirmPublish: (year, edition) => `Publish edition ${edition} of ${year}?`,
  confirmHint:
    'The edition freezes the year as it is now, quotes included. It cannot be changed afterwards; a new edition can be published later.',
  published: (edition) => `Edition ${edition} published.`,
  publishing: 'Publishing…',

  previewHeading: (year) => `Preview of ${year} (live data)`,
  previewHint: 'What an edition published now would hold.',
  figures: (polls, received, published, recommendations) =>
    `${plural(polls, 'poll', 'polls')} · ${plural(received, 'contribution received', 'contributions received')}, ${published} published · ${plural(recommendations, 'recommendation', 'recommendations')}`,
  quotesOf: (theme) => `Quotes: ${theme}`,
  noQuotes: 'No quotes picked.',
  wholeText: 'Whole text',
  excerptLabel: 'Excerpt (optional)',
  excerptHint: 'The author’s words, unchanged; “…” marks a cut.',
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  quoteName: (reference) => `quote ${reference}`,
  notQuotable: 'This contribution is no longer published: it will not be quoted.',
  anonymous: 'Anonymous',
  searchLabel: 'Find a published contribution',
  searchHint: 'Words of the title or the text; empty: the newest.',
  search: 'Search',
  results: (count) =>
    count === 0 ? 'No contributions found.' : plural(count, 'contribution found', 'contributions found'),
  add: 'Quote',
  added: 'Quoted',
  save: 'Save the quotes',
  saving: 'Saving…',
  saved: (count) => `Quotes saved (${count}).`,
  unsaved: 'Some changes are not saved yet.',
  roles: {
    freelancer: 'Freelancer',
    member: 'Member',
    staff: 'Staff',
    client: 'Client',
    supplier: 'Supplier',
    partner: 'Partner',
  },
  errors: {
    quote_not_found: 'A quoted contribution is not (or no longer) published on this theme. Remove it.',
    excerpt_not_in_text: 'An excerpt does not use the contribution’s own words. Correct it.',
    theme_not_found: 'This theme no longer exists. Reload the page.',
    validation_failed: 'Some quotes are not valid (a contribution quoted twice, an excerpt too long…).',
    admin_forbidden: 'Your role does not allow this.',
    admin_unauthorized: 'Your session has ended. Sign in again.',
    payload_too_large: 'Too many quotes at once. Remove a few.',
    rate_limited: 'Too many requests. Wait a moment.',
    network_error: 'The service cannot be reached. Check your connection.',
    internal_error: 'Something went wrong on our side. Try again in a moment.',
  },
};
