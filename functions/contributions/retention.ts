/**
 * Retention of personal data: follow-up e-mail addresses are kept for
 * EMAIL_RETENTION_DAYS after submission, then purged by the daily cron.
 */

/**
 * Forgets the e-mail addresses submitted before `now - days`; returns how
 * many contributions lost theirs. `days` must be a positive integer: an
 * unset or mistyped EMAIL_RETENTION_DAYS ('' is 0) must fail loudly rather
 * than purge every address.
 *
 * @example
 * await purgeExpiredEmails(env.DB, 365, new Date());
 */
export async function purgeExpiredEmails(db: D1Database, days: number, now: Date): Promise<number> {
  if (!Number.isInteger(days) || days <= 0)
    throw new Error('EMAIL_RETENTION_DAYS must be a positive integer');
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const { meta } = await db
    .prepare('UPDATE contributions SET email = NULL WHERE email IS NOT NULL AND submitted_at < ?1')
    .bind(cutoff)
    .run();
  return meta.changes;
}
