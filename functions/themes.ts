/**
 * Theme routes: the debate themes, in display order.
 */
import { Hono } from 'hono';
import type { ThemeList } from '../schema/themes.ts';
import { listThemes, toThemeView } from './db/themes.ts';
import type { Env } from './env.ts';

export const themes = new Hono<{ Bindings: Env }>().get('/', async (c) => {
  const records = await listThemes(c.env.DB);
  return c.json({ themes: records.map(toThemeView) } satisfies ThemeList);
});
