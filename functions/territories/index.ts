/** Where people take part: `GET /api/v1/territories`. */
import * as territorySchemas from '../../schema/territories.ts';
import type { Feature } from '../lib/feature.ts';
import { territoryDocs } from './openapi.ts';
import { territoryRoutes } from './routes.ts';

export const territories: Feature = {
  path: 'territories',
  routes: territoryRoutes,
  docs: { routes: territoryDocs },
  schemas: [territorySchemas],
};
