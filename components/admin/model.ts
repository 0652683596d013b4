/**
 * What the moderation elements derive from the API's data: names in the
 * moderator's language, the decisions a status allows, paragraphs of a text.
 */
import { type Language, type LocalizedText, localize } from '../../schema/common.ts';
import type { ContributionStatus } from '../../schema/contributions.ts';
import { DECISIONS, type Decision, TRANSITIONS } from '../../schema/moderation.ts';

/** A theme or a territory as the public API lists it: a key and its name in each language. */
export interface Named {
  key: string;
  name: LocalizedText;
}

/** The name of `key` in `language`; the key itself when the list does not know it (or failed to load). */
export function nameOf(list: readonly Named[], key: string, language: Language): string {
  const found = list.find((entry) => entry.key === key);
  return found ? localize(found.name, language) : key;
}

/** The decisions TRANSITIONS allows from `status`, in the order buttons show them. */
export function allowedDecisions(status: ContributionStatus): Decision[] {
  return DECISIONS.filter((decision) => TRANSITIONS[decision].from.includes(status));
}

/** The queue's status filter: one status, or '' for the API's default (pending and reported). */
export type StatusFilter = ContributionStatus | '';

export function matchesFilter(status: ContributionStatus, filter: StatusFilter): boolean {
  return filter ? status === filter : status === 'pending' || status === 'reported';
}

/** Paragraphs are separated by blank lines (the contribution schema's rule); single breaks stay in them. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
