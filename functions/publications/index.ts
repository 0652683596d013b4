/**
 * The annual publication: a year's frozen editions as JSON, CSV and a
 * printable page; the editors' preview and quotes, the admins' publishing;
 * the erasure of a quoted author's name from frozen editions.
 */
import * as publicationSchemas from '../../schema/publications.ts';
import { PUBLICATION_PROBLEMS } from '../../schema/publications.ts';
import * as recommendationSchemas from '../../schema/recommendations.ts';
import type { Feature } from '../lib/feature.ts';
import { adminPublications } from './admin.ts';
import { adminPublicationDocs, publicationDocs } from './openapi.ts';
import { publicationPages } from './pages.ts';
import { erasureStatements } from './queries.ts';
import { publicationRoutes } from './routes.ts';

export const publications: Feature = {
  path: 'publications',
  routes: publicationRoutes,
  admin: adminPublications,
  pages: publicationPages,
  problems: PUBLICATION_PROBLEMS,
  docs: { routes: publicationDocs, admin: adminPublicationDocs },
  // Its answers embed the recommendations' board answers and timelines, named there.
  schemas: [publicationSchemas, recommendationSchemas],
  erase: { name: 'publications', statements: erasureStatements },
};
