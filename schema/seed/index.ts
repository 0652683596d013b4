/**
 * The demo data, one file per feature, run in name order (each file may use
 * rows of the ones before). Every file is idempotent: a second run adds nothing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The seed files' paths, relative to the repository root, in the order they run. */
export function seedFiles(): string[] {
  return readdirSync(import.meta.dirname)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => join('schema', 'seed', file));
}
