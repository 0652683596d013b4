/**
 * What the crons do for events: release the holds of guests who did not
 * confirm in time, moving the next person waiting up to each seat freed;
 * fill seats that are free while people wait (a capacity raised beyond
 * what an edit filled at once); purge guests' data after the retention
 * period.
 */
import type { Db } from '../lib/db.ts';
import {
  cancelRegistration,
  dueReminders,
  lapsedHolds,
  type MailLinks,
  promotionStatements,
  sendReminder,
  waitingForFreeSeats,
} from './queries.ts';
import { newLinkToken, promotionTokens } from './tokens.ts';

/** Holds released per run (the next run takes the rest). */
const RELEASES_PER_RUN = 500;
/** Promotions per batch of the sweep. */
const PROMOTIONS_PER_BATCH = 25;

/**
 * Releases every hold that lapsed by `now` (each in its own transaction,
 * with the promotion it allows); returns how many were released and how
 * many people moved up.
 *
 * @example
 * const { released, promoted } = await releaseLapsedHolds(env.DB, new Date(), mailLinks(env));
 */
export async function releaseLapsedHolds(
  db: Db,
  now: Date,
  links: MailLinks,
): Promise<{ released: number; promoted: number }> {
  const at = now.toISOString();
  let [released, promoted] = [0, 0];
  for (const registration of await lapsedHolds(db, at, RELEASES_PER_RUN)) {
    const [tokens] = await promotionTokens(1);
    const outcome = await cancelRegistration(db, { registration, now: at, tokens, lapsedOnly: true, links });
    if (outcome.cancelled) released++;
    if (outcome.promoted) promoted++;
  }
  return { released, promoted };
}

/**
 * Moves people waiting up to seats that are free, event by event; returns
 * how many moved up.
 *
 * @example
 * const promoted = await sweepWaitlists(env.DB, new Date(), mailLinks(env));
 */
export async function sweepWaitlists(db: Db, now: Date, links: MailLinks): Promise<number> {
  const at = now.toISOString();
  let promoted = 0;
  for (const { eventId, slug, mode, movable } of await waitingForFreeSeats(db, at)) {
    for (let left = movable; left > 0; left -= PROMOTIONS_PER_BATCH) {
      const batch = await promotionTokens(Math.min(left, PROMOTIONS_PER_BATCH));
      const statements = batch.map((tokens) =>
        promotionStatements(db, { eventId, mode, now: at, tokens, mail: { links, slug } }),
      );
      const results = await db.batch(statements.flat());
      // The second statement of each promotion moves the person up.
      let offset = 0;
      for (const group of statements) {
        if (results[offset + 1].meta.changes > 0) promoted++;
        offset += group.length;
      }
    }
  }
  return promoted;
}

/** Reminders enqueued per run (the next run takes the rest). */
const REMINDERS_PER_RUN = 500;

/**
 * Enqueues the reminders that are due (each registration once, with its
 * own "I can't come" link); returns how many.
 *
 * @example
 * const reminded = await sendDueReminders(env.DB, new Date(), mailLinks(env));
 */
export async function sendDueReminders(db: Db, now: Date, links: MailLinks): Promise<number> {
  const at = now.toISOString();
  let reminded = 0;
  for (const due of await dueReminders(db, at, REMINDERS_PER_RUN)) {
    if (await sendReminder(db, { ...due, now: at, cancelToken: await newLinkToken(), links })) reminded++;
  }
  return reminded;
}
