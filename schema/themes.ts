/**
 * The debate themes of Smart in Progress.
 */
import * as v from 'valibot';
import { LocalizedText, Slug } from './common.ts';

export const ThemeView = v.object({
  slug: Slug,
  position: v.number(),
  title: LocalizedText,
  summary: LocalizedText,
});
export type ThemeView = v.InferOutput<typeof ThemeView>;

export const ThemeList = v.object({ themes: v.array(ThemeView) });
export type ThemeList = v.InferOutput<typeof ThemeList>;
