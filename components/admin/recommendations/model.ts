/**
 * What the recommendations' screens derive from the contract: texts written
 * in one or several languages (as typed, and as shown), the bodies a role
 * acts for and the moves the lifecycle table offers them, sources' names.
 */
import { LANGUAGES, type Language } from '../../../schema/common.ts';
import type { AdminRole } from '../../../schema/moderation.ts';
import {
  BODIES,
  type Body,
  canMove,
  DECISION_STATUSES,
  PUBLIC_STATUSES,
  type RecommendationStatus,
} from '../../../schema/recommendation-lifecycle.ts';
import type { SourceRef, SourceView, WrittenText } from '../../../schema/recommendations.ts';
import { localize } from '../../../schema/vocabulary.ts';

/** A text as typed, one field per language; empty where not written. */
export type TextDraft = Record<Language, string>;

export const emptyText = (): TextDraft => ({ fr: '', nl: '', en: '' });

/** The form's fields filled with a text as stored. */
export function textDraftOf(text: WrittenText | null | undefined): TextDraft {
  return { fr: text?.fr ?? '', nl: text?.nl ?? '', en: text?.en ?? '' };
}

/** The languages written, trimmed; `{}` when none is (the schema says so). */
export function writtenOf(draft: TextDraft): WrittenText {
  const text: WrittenText = {};
  for (const language of LANGUAGES) {
    const value = draft[language].trim();
    if (value) text[language] = value;
  }
  return text;
}

export const isBlank = (draft: TextDraft) => LANGUAGES.every((language) => !draft[language].trim());

/** A text in the reader's language when written in it, else in the first language it is written in. */
export interface Shown {
  text: string;
  language: Language;
}

export function shown(text: WrittenText, language: Language): Shown {
  const found = text[language] ? language : LANGUAGES.find((candidate) => text[candidate]);
  return { text: (found && text[found]) || '', language: found ?? language };
}

/** The bodies a role acts for: its own, or either for an admin. */
export function bodiesFor(role: AdminRole): readonly Body[] {
  if (role === 'admin') return BODIES;
  if (role === 'editor') return ['steering_committee'];
  if (role === 'board') return ['board'];
  return [];
}

export type Move = Exclude<RecommendationStatus, 'draft'>;

/** The statuses `body` may move a recommendation to from `status`, in the lifecycle's order. */
export function movesFor(status: RecommendationStatus, body: Body): Move[] {
  return PUBLIC_STATUSES.filter((to) => canMove(status, to, body));
}

/**
 * The body an admin acts for by default: the steering committee for a
 * draft, else the board (which takes it from there), whichever has a move.
 */
export function defaultBody(bodies: readonly Body[], status: RecommendationStatus): Body | undefined {
  const first: Body = status === 'draft' ? 'steering_committee' : 'board';
  const preferred = [...bodies].sort((a, b) => Number(b === first) - Number(a === first));
  return preferred.find((body) => movesFor(status, body).length > 0) ?? preferred[0];
}

/** Whether the board may still answer: once submitted, while it is neither withdrawn nor merged. */
export const isAnswerable = (status: RecommendationStatus): boolean =>
  status !== 'draft' && status !== 'withdrawn' && status !== 'merged';

export const isDecision = (status: string): boolean =>
  (DECISION_STATUSES as readonly string[]).includes(status);

/** A source's title, in the reader's language when it has one. */
export function sourceTitle(source: SourceView, language: Language): string {
  if (source.kind === 'contribution') return source.title;
  return localize(source.kind === 'event' ? source.title : source.question, language);
}

export const sameSource = (a: SourceRef, b: SourceRef) => a.kind === b.kind && a.ref === b.ref;

/** A slug proposed from a title: lowercase ASCII words joined by hyphens, at most 64 characters. */
export function slugFrom(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 64)
    .replace(/^-+|-+$/g, '');
}

/**
 * Unsent text, kept in memory for the life of the page: a failed request
 * leaves it in its fields, and so does a session that ended meanwhile (the
 * page asks for the token again, then the screen finds it). Never written
 * to storage: a board's draft answer stays off the disk, as the token does.
 */
const unsent = new Map<string, unknown>();

export const keptText = {
  get<T>(key: string): T | undefined {
    return unsent.get(key) as T | undefined;
  },
  set(key: string, value: unknown): void {
    unsent.set(key, value);
  },
  delete(key: string): void {
    unsent.delete(key);
  },
  /** Forgets every unsent text (between tests). */
  clear(): void {
    unsent.clear();
  },
};
