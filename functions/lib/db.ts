/**
 * What query functions need of D1: preparing statements and running them in
 * a batch. Both the database binding and a read-replication session
 * (`DB.withSession(…)`, see middleware/session.ts) provide it.
 */
export type Db = Pick<D1Database, 'prepare' | 'batch'>;
