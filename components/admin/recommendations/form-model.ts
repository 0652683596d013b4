/**
 * The recommendation form's model: what the editor types (kept as typed,
 * whatever happens), the RecommendationInput it becomes, the fields an
 * issue's path points at, and the fields an edit changed.
 */
import * as v from 'valibot';
import { type Audience, LANGUAGES } from '../../../schema/common.ts';
import type { ProblemIssue } from '../../../schema/problem.ts';
import { RecommendationInput, type RecommendationUpdateInput } from '../../../schema/recommendations.ts';
import { emptyText, type TextDraft, textDraftOf, writtenOf } from './model.ts';
import type { AdminRecommendationView } from './recommendations.api.ts';

/** The texts a recommendation is written with. */
export const TEXTS = ['title', 'summary', 'text'] as const;
export type TextName = (typeof TEXTS)[number];

/** Most characters per language, as the schema allows. */
export const TEXT_MAX: Record<TextName, number> = { title: 200, summary: 600, text: 20_000 };

export interface RecommendationDraft {
  slug: string;
  theme: string;
  /** As typed; the schema says when it is not a year. */
  year: string;
  audience: Audience;
  title: TextDraft;
  summary: TextDraft;
  text: TextDraft;
}

/** A new draft: this year's, for participants (the contract's default audience). */
export function newDraft(): RecommendationDraft {
  return {
    slug: '',
    theme: '',
    year: String(new Date().getFullYear()),
    audience: 'participants',
    title: emptyText(),
    summary: emptyText(),
    text: emptyText(),
  };
}

/** The form filled with a recommendation as it is, to edit it. */
export function draftOf(recommendation: AdminRecommendationView): RecommendationDraft {
  return {
    slug: recommendation.slug,
    theme: recommendation.theme.slug,
    year: String(recommendation.year),
    audience: recommendation.audience,
    title: textDraftOf(recommendation.title),
    summary: textDraftOf(recommendation.summary),
    text: textDraftOf(recommendation.text),
  };
}

/** What the draft asks for, shaped as RecommendationInput but unchecked (sources are linked apart). */
export function inputOf(draft: RecommendationDraft): Record<string, unknown> {
  return {
    slug: draft.slug.trim(),
    theme: draft.theme,
    year: draft.year.trim() === '' ? Number.NaN : Number(draft.year),
    audience: draft.audience,
    title: writtenOf(draft.title),
    summary: writtenOf(draft.summary),
    text: writtenOf(draft.text),
  };
}

/** The fields an error stands beside: a text as a whole (no language written) or one language of it. */
export const FIELDS = [
  'slug',
  'theme',
  'year',
  'audience',
  ...TEXTS,
  ...TEXTS.flatMap((name) => LANGUAGES.map((language) => `${name}.${language}` as const)),
] as const;
export type Field = (typeof FIELDS)[number];

/** What the editor is told beside a field, one message per kind of rule. */
export type FieldMessage =
  | 'slug'
  | 'slugTaken'
  | 'theme'
  | 'unknownTheme'
  | 'year'
  | 'choice'
  | 'oneLanguage'
  | 'tooLong';

function ruleOf(field: Field): FieldMessage {
  if (field === 'slug' || field === 'theme' || field === 'year') return field;
  if (field === 'audience') return 'choice';
  return field.includes('.') ? 'tooLong' : 'oneLanguage';
}

/** The field an issue's path points at; undefined for one the form lacks (the sources are apart). */
export function fieldOf(path: string): Field | undefined {
  return (FIELDS as readonly string[]).includes(path) ? (path as Field) : undefined;
}

/** Each field's message: the first issue of each field wins. */
export type FieldErrors = Partial<Record<Field, FieldMessage>>;

export function errorsFromPaths(paths: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const path of paths) {
    const field = fieldOf(path);
    if (field) errors[field] ??= ruleOf(field);
  }
  return errors;
}

/** Field errors from an API refusal: the field a code names, or a 400's issues. */
export function errorsFromProblem(code: string, issues: readonly ProblemIssue[]): FieldErrors {
  if (code === 'recommendation_exists') return { slug: 'slugTaken' };
  if (code === 'theme_not_found') return { theme: 'unknownTheme' };
  return code === 'validation_failed' ? errorsFromPaths(issues.map((issue) => issue.path)) : {};
}

export type Checked = { success: true; input: RecommendationInput } | { success: false; errors: FieldErrors };

/** The draft checked with the API's own schema. */
export function check(draft: RecommendationDraft): Checked {
  const result = v.safeParse(RecommendationInput, inputOf(draft));
  if (result.success) return { success: true, input: result.output };
  const paths = result.issues.map((issue) => issue.path?.map((item) => String(item.key)).join('.') ?? '');
  return { success: false, errors: errorsFromPaths(paths) };
}

/** What an edit changed: the fields whose value differs (never the slug, nor the sources). Empty when nothing did. */
export function changesOf(
  input: RecommendationInput,
  original: RecommendationDraft,
): RecommendationUpdateInput {
  const previous = inputOf(original);
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'slug' || key === 'sources') continue;
    if (JSON.stringify(value) !== JSON.stringify(previous[key])) changes[key] = value;
  }
  return changes as RecommendationUpdateInput;
}
