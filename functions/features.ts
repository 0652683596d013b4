/**
 * The route table: every feature of the Worker, one line each. A feature is
 * a folder with its routes, queries and tests; its `index.ts` says what it
 * brings (see lib/feature.ts).
 */

import { CORE_PROBLEMS, type ProblemDefinition } from '../schema/problem.ts';
import { bench } from './bench/index.ts';
import { contributions } from './contributions/index.ts';
import { dev } from './dev/index.ts';
import { EVENT_FEATURES } from './events/index.ts';
import type { Feature } from './lib/feature.ts';
import { moderation } from './moderation/index.ts';
import { outbox } from './outbox/index.ts';
import { polls } from './polls/index.ts';
import { privacy } from './privacy/index.ts';
import { publications } from './publications/index.ts';
import { recommendationFeatures } from './recommendations/index.ts';
import { territories } from './territories/index.ts';
import { themes } from './themes/index.ts';

export const FEATURES: readonly Feature[] = [
  themes,
  territories,
  polls,
  contributions,
  ...EVENT_FEATURES,
  publications,
  moderation,
  ...recommendationFeatures,
  privacy(() => FEATURES),
  outbox(() => FEATURES),
  dev,
  bench,
];

/**
 * Every problem the API answers: the core ones and each feature's, by code
 * (for the OpenAPI document and the tests).
 */
export const PROBLEMS: Readonly<Record<string, ProblemDefinition>> = Object.assign(
  { ...CORE_PROBLEMS },
  ...FEATURES.map((feature) => feature.problems ?? {}),
);
