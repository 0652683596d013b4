/**
 * Lengths of a written contribution's fields, as plain numbers: the form shows
 * them (hints, live counter) before its checks are fetched; contributions.ts
 * builds the schema from them.
 */
export const TITLE_MIN = 5;
export const TITLE_MAX = 120;
export const TEXT_MIN = 50;
export const TEXT_MAX = 5000;
export const DISPLAY_NAME_MAX = 80;
