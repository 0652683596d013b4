/** The debate themes: `GET /api/v1/themes`. */
import * as themeSchemas from '../../schema/themes.ts';
import type { Feature } from '../lib/feature.ts';
import { themeDocs } from './openapi.ts';
import { themeRoutes } from './routes.ts';

export const themes: Feature = {
  path: 'themes',
  routes: themeRoutes,
  docs: { routes: themeDocs },
  schemas: [themeSchemas],
};
