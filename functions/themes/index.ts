/** The debate themes: `GET /api/v1/themes`. */
import type { Feature } from '../lib/feature.ts';
import { themeRoutes } from './routes.ts';

export const themes: Feature = { path: 'themes', routes: themeRoutes };
