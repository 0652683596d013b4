/** Where people take part: `GET /api/v1/territories`. */
import type { Feature } from '../lib/feature.ts';
import { territoryRoutes } from './routes.ts';

export const territories: Feature = { path: 'territories', routes: territoryRoutes };
