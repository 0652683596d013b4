/**
 * The part of the dictionary every widget speaks: API errors, audiences,
 * stakeholder categories and a few common words. Each widget adds its own
 * part (`components/poll/translations/`, ...) and renders with both merged.
 * Strings that depend on a number or a value are functions, so each language
 * can place and inflect them its own way (Shoelace's approach).
 */
import type { Audience, BreakdownRole, Language } from '../../schema/common.ts';
import type { CORE_PROBLEMS, PublicProblemCode } from '../../schema/problem.ts';

/**
 * The codes the shared part explains: the core codes a widget may meet (the
 * admin-only ones are the moderation page's), and the client's own. A
 * feature's codes are explained by the widgets that call it, in their
 * `problems`. Any other code gets `internal_error`'s message.
 */
export type SharedErrorCode = PublicProblemCode<typeof CORE_PROBLEMS> | 'network_error' | 'token_refused';

/** A widget's own part: its strings, and the messages of its feature's codes. */
export interface WidgetStrings {
  problems?: Readonly<Record<string, string>>;
}

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
  errors: Record<SharedErrorCode, string>;
  /** `origin_not_allowed`, naming the page's origin (what `errorMessage` shows). */
  originNotAllowed: (origin: string) => string;
  /** Beside a role and territory the author declared, not vouched for by a host site. */
  selfDeclared: string;
}
