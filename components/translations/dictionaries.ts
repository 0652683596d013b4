/**
 * The dictionaries by language. All three ship in the bundle: together they
 * weigh less than a round trip to fetch one on demand.
 */
import type { Language } from '../../schema/common.ts';
import type { ErrorCode } from '../internal/api.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
import type { Translation } from './translation.ts';

export type { Translation } from './translation.ts';

export const translations: Record<Language, Translation> = { fr, nl, en };

/** The message for an error code; codes newer than this bundle get the generic one. */
export function errorMessage(t: Translation, code: string): string {
  return Object.hasOwn(t.errors, code) ? t.errors[code as ErrorCode] : t.errors.internal_error;
}
