/**
 * Theme routes: the debate themes in display order, with who may contribute
 * to each and how contributions are moderated there.
 */
import { Hono } from 'hono';
import type { ThemeList } from '../../schema/themes.ts';
import type { Env } from '../env.ts';
import { listThemes, toThemeEntry } from './queries.ts';

export const themeRoutes = new Hono<{ Bindings: Env }>().get('/', async (c) => {
  const records = await listThemes(c.get('db'));
  return c.json({ themes: records.map(toThemeEntry) } satisfies ThemeList);
});
