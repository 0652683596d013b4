/** A person's right to erasure, over every feature that keeps their data (`/api/v1/admin/erasures`). */
import type { Feature } from '../lib/feature.ts';
import { erasureRoutes } from './admin.ts';
import { erasureDocs } from './openapi.ts';

/** Takes the route table lazily: it lists this feature too. */
export function privacy(features: () => readonly Feature[]): Feature {
  return {
    path: 'erasures',
    admin: erasureRoutes(features),
    // A getter: the route table is not complete yet when this runs.
    get docs() {
      return { admin: erasureDocs(features()) };
    },
  };
}
