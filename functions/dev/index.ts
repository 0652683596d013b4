/** Demo people and their tokens, for local development only (DEV_TOKENS). */
import type { Feature } from '../lib/feature.ts';
import { devDocs } from './openapi.ts';
import { devRoutes } from './routes.ts';

export const dev: Feature = { path: 'dev', routes: devRoutes, docs: { routes: devDocs } };
