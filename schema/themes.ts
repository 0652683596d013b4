/**
 * The debate themes of Smart in Progress.
 */
import * as v from 'valibot';
import { Audience, LocalizedText, Slug } from './common.ts';

/** A debate theme, as polls show it. */
export const ThemeView = v.object({
  /** Its identifier, as widgets name it (`theme="…"`). */
  slug: Slug,
  /** Its rank in display order, from 1. */
  position: v.number(),
  /** Its title in each language. */
  title: LocalizedText,
  /** What it is about, in each language. */
  summary: LocalizedText,
});
export type ThemeView = v.InferOutput<typeof ThemeView>;

/**
 * How written contributions on a theme reach the public: `pre` (the default)
 * publishes nothing before a moderator approves it; `post_members` publishes
 * members' contributions at once and moderates them afterwards (everyone
 * else's still wait for approval).
 */
export const MODERATION_POLICIES = ['pre', 'post_members'] as const;
/** How contributions on a theme reach the public: `pre` (approved first) or `post_members` (members' published at once, moderated afterwards). */
export const ModerationPolicy = v.picklist(MODERATION_POLICIES);
export type ModerationPolicy = v.InferOutput<typeof ModerationPolicy>;

/** A theme as `GET /api/v1/themes` lists it: who may contribute, and how contributions are moderated. */
export const ThemeEntry = v.object({
  ...ThemeView.entries,
  /** Who may write a contribution on this theme. */
  audience: Audience,
  /** How contributions on this theme are moderated. */
  moderation: ModerationPolicy,
});
export type ThemeEntry = v.InferOutput<typeof ThemeEntry>;

/** `GET /api/v1/themes`. */
export const ThemeList = v.object({
  /** Every theme, in display order. */
  themes: v.array(ThemeEntry),
});
export type ThemeList = v.InferOutput<typeof ThemeList>;
