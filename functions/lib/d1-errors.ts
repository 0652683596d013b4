/**
 * Recognising constraint errors raised by D1.
 */

/**
 * True when a D1 call failed on a UNIQUE or PRIMARY KEY constraint. D1 has
 * no error codes, only SQLite's message inside its own.
 *
 * @example
 * try { await insertPoll(…) } catch (error) { if (isUniqueViolation(error)) throw new ProblemError('slug_taken') }
 */
export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof Error && /UNIQUE constraint failed|SQLITE_CONSTRAINT_PRIMARYKEY/.test(error.message)
  );
}
