/**
 * A written contribution's plain values: the lengths of its fields, which the
 * form shows (hints, live counter) before its checks are fetched, and the
 * reasons to report one, which the list offers. contributions.ts builds the
 * schemas from them; widgets import them from here, so that no valibot
 * module (contributions.ts imports recommendations.ts) is on their static path.
 */
export const TITLE_MIN = 5;
export const TITLE_MAX = 120;
export const TEXT_MIN = 50;
export const TEXT_MAX = 5000;
export const DISPLAY_NAME_MAX = 80;

/** Why a participant reports a published contribution. */
export const REPORT_REASONS = ['spam', 'offensive', 'off_topic'] as const;
