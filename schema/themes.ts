/**
 * The debate themes of Smart in Progress.
 */
import * as v from 'valibot';
import { Audience, LocalizedText, Slug } from './common.ts';

export const ThemeView = v.object({
  slug: Slug,
  position: v.number(),
  title: LocalizedText,
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
export const ModerationPolicy = v.picklist(MODERATION_POLICIES);
export type ModerationPolicy = v.InferOutput<typeof ModerationPolicy>;

/** A theme as `GET /api/v1/themes` lists it: who may contribute, and how contributions are moderated. */
export const ThemeEntry = v.object({
  ...ThemeView.entries,
  /** Who may write a contribution on this theme. */
  audience: Audience,
  moderation: ModerationPolicy,
});
export type ThemeEntry = v.InferOutput<typeof ThemeEntry>;

export const ThemeList = v.object({ themes: v.array(ThemeEntry) });
export type ThemeList = v.InferOutput<typeof ThemeList>;
