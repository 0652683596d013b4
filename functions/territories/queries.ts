/**
 * Typed queries on `territories`.
 */
import type { LocalizedText } from '../../schema/common.ts';
import type { TerritoryView } from '../../schema/territories.ts';
import type { Db } from '../lib/db.ts';

interface TerritoryRow {
  code: string;
  country: TerritoryView['country'];
  name: string;
}

/**
 * Every territory, in display order: Belgian regions, French regions, then online and other.
 *
 * @example
 * const territories = await listTerritories(env.DB); // [{ code: 'bruxelles', country: 'BE', … }, …]
 */
export async function listTerritories(db: Db): Promise<TerritoryView[]> {
  const { results } = await db
    .prepare('SELECT code, country, name FROM territories ORDER BY position, code')
    .all<TerritoryRow>();
  return results.map((row) => ({
    code: row.code,
    country: row.country,
    name: JSON.parse(row.name) as LocalizedText,
  }));
}
