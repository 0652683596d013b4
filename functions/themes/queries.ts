/**
 * Typed queries on `themes`.
 */
import type { Audience, LocalizedText } from '../../schema/common.ts';
import type { ModerationPolicy, ThemeEntry, ThemeView } from '../../schema/themes.ts';
import type { Db } from '../lib/db.ts';

export interface ThemeRecord extends ThemeEntry {
  id: number;
}

interface ThemeRow {
  id: number;
  slug: string;
  position: number;
  title: string;
  summary: string;
  audience: Audience;
  moderation: ModerationPolicy;
}

const COLUMNS = 'id, slug, position, title, summary, audience, moderation';

/**
 * Every theme, in display order.
 *
 * @example
 * const themes = await listThemes(env.DB); // [{ slug: 'cooperative-pour-qui', position: 1, … }, …]
 */
export async function listThemes(db: Db): Promise<ThemeRecord[]> {
  const { results } = await db.prepare(`SELECT ${COLUMNS} FROM themes ORDER BY position, id`).all<ThemeRow>();
  return results.map(toThemeRecord);
}

/**
 * One theme by slug, or null.
 *
 * @example
 * const theme = await findThemeBySlug(env.DB, 'modele-economique');
 */
export async function findThemeBySlug(db: Db, slug: string): Promise<ThemeRecord | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM themes WHERE slug = ?1`).bind(slug).first<ThemeRow>();
  return row ? toThemeRecord(row) : null;
}

function toThemeRecord(row: ThemeRow): ThemeRecord {
  return {
    id: row.id,
    slug: row.slug,
    position: row.position,
    title: JSON.parse(row.title) as LocalizedText,
    summary: JSON.parse(row.summary) as LocalizedText,
    audience: row.audience,
    moderation: row.moderation,
  };
}

/** The lean theme that poll views embed: no id, no contribution rules. */
export function toThemeView({ slug, position, title, summary }: ThemeRecord): ThemeView {
  return { slug, position, title, summary };
}

/** The theme as the theme list shows it: who may contribute and how it is moderated. */
export function toThemeEntry({ id: _id, ...entry }: ThemeRecord): ThemeEntry {
  return entry;
}
