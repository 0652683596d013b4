/**
 * Territory routes: where people write from (Belgian and French regions, online, other).
 */
import { Hono } from 'hono';
import type { TerritoryList } from '../../schema/territories.ts';
import type { Env } from '../env.ts';
import { listTerritories } from './queries.ts';

export const territoryRoutes = new Hono<{ Bindings: Env }>().get('/', async (c) =>
  c.json({ territories: await listTerritories(c.get('db')) } satisfies TerritoryList),
);
