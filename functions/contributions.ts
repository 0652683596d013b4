/**
 * Public contribution routes: submit, list the published ones, report one.
 */
import { Hono } from 'hono';
import type { Env } from './env.ts';
import type { IdentityVariables } from './middleware/identity.ts';

export const contributions = new Hono<{ Bindings: Env; Variables: IdentityVariables }>();
