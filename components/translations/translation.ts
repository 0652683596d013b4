/**
 * The part of the dictionary every widget speaks: API errors, audiences,
 * stakeholder categories and a few common words. Each widget adds its own
 * part (`components/poll/translations/`, ...) and renders with both merged.
 * Strings that depend on a number or a value are functions, so each language
 * can place and inflect them its own way (Shoelace's approach).
 */
import type { Audience, BreakdownRole, Language } from '../../schema/common.ts';
import type { ErrorCode } from '../internal/api.ts';

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
  errors: Record<ErrorCode, string>;
}
