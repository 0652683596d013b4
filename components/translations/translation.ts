/**
 * The part of the dictionary every widget speaks: API errors, audiences,
 * stakeholder categories and a few common words. Each widget adds its own
 * part (`components/poll/translations/`, ...) and renders with both merged.
 * Strings that depend on a number or a value are functions, so each language
 * can place and inflect them its own way (Shoelace's approach).
 */
import type { Audience, BreakdownRole, Language } from '../../schema/common.ts';
import type { ErrorCode } from '../internal/api.ts';

/**
 * Codes only the moderation API answers: the widgets never call it, and the
 * moderation page explains them in its own dictionaries.
 */
export const MODERATION_ONLY_CODES = [
  'admin_unauthorized',
  'admin_forbidden',
  'csrf_failed',
  'illegal_transition',
  'slug_taken',
  'poll_has_ballots',
] as const satisfies readonly ErrorCode[];

/** The codes a widget explains: the public API's, and `network_error`. Any other gets `internal_error`'s message. */
export type WidgetErrorCode = Exclude<ErrorCode, (typeof MODERATION_ONLY_CODES)[number]>;

export interface Translation {
  $code: Language;
  /** The language's own name, for language pickers. */
  $name: string;

  loading: string;
  retry: string;
  sending: string;
  cancel: string;

  audiences: Record<Audience, string>;
  roles: Record<BreakdownRole, string>;
  errors: Record<WidgetErrorCode, string>;
  /** `origin_not_allowed`, naming the page's origin (what `errorMessage` shows). */
  originNotAllowed: (origin: string) => string;
  /** Beside a role and territory the author declared, not vouched for by a host site. */
  selfDeclared: string;
}
