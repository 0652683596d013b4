/**
 * The words of the publication's view on the moderation page, apart from
 * the page's own dictionary: a feature's admin view brings its words in its
 * folder. Strings that depend on a value are functions.
 */
import type { Language, Role } from '../../../../schema/common.ts';
import type { ErrorCode } from '../../../internal/api.ts';

/** The codes the view's requests can answer; any other gets `internal_error`'s message. */
export const PUBLICATION_ADMIN_ERRORS = [
  'quote_not_found',
  'excerpt_not_in_text',
  'theme_not_found',
  'validation_failed',
  'admin_forbidden',
  'admin_unauthorized',
  'payload_too_large',
  'rate_limited',
  'network_error',
  'internal_error',
] as const satisfies readonly (ErrorCode | 'quote_not_found' | 'excerpt_not_in_text')[];
export type PublicationAdminError = (typeof PUBLICATION_ADMIN_ERRORS)[number];

export interface PublicationAdminTranslation {
  $code: Language;
  heading: string;
  intro: string;
  yearLabel: string;
  show: string;
  loading: string;
  retry: string;
  cancel: string;

  editions: (year: number) => string;
  noEditions: string;
  edition: (edition: number, date: string, by: string) => string;
  printable: string;
  json: string;
  csv: string;

  publish: (edition: number) => string;
  confirmPublish: (year: number, edition: number) => string;
  confirmHint: string;
  published: (edition: number) => string;
  publishing: string;

  previewHeading: (year: number) => string;
  previewHint: string;
  figures: (polls: number, received: number, published: number, recommendations: number) => string;
  quotesOf: (theme: string) => string;
  noQuotes: string;
  wholeText: string;
  excerptLabel: string;
  excerptHint: string;
  moveUp: string;
  moveDown: string;
  remove: string;
  /** The name of a pick's contribution in its buttons' labels. */
  quoteName: (reference: string) => string;
  notQuotable: string;
  anonymous: string;
  searchLabel: string;
  searchHint: string;
  search: string;
  results: (count: number) => string;
  add: string;
  added: string;
  save: string;
  saving: string;
  saved: (count: number) => string;
  unsaved: string;
  roles: Record<Role, string>;
  errors: Record<PublicationAdminError, string>;
}
