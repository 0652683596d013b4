/**
 * Schemas of the path and query parameters shared by several routes.
 */
import * as v from 'valibot';
import { Slug } from '../../schema/common.ts';

export const SlugParam = v.object({ slug: Slug });
