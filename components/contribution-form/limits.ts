/**
 * The lengths the form shows before its checks are fetched (hints, counter).
 * Copies of schema/contributions.ts's constants: importing that module here
 * would put it, and with it ContributionInput and valibot, on the form's
 * static path (a module lives in one chunk). limits.test.ts keeps them equal.
 */
export const TITLE_MIN = 5;
export const TITLE_MAX = 120;
export const TEXT_MIN = 50;
export const TEXT_MAX = 5000;
