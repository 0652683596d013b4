/**
 * Territory routes: where people write from (Belgian and French regions, online, other).
 */
import { Hono } from 'hono';
import type { Env } from './env.ts';

export const territories = new Hono<{ Bindings: Env }>();
