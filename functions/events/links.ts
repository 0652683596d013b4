/**
 * What the links of the e-mails do, for the API (`POST /registrations/…`)
 * and for the Worker's pages behind the links alike: confirm a guest's
 * seat, cancel a registration. Each throws the ProblemError that says why
 * it cannot, and changes nothing then.
 */
import { EVENT_PROBLEMS, type RegistrationReceipt } from '../../schema/events.ts';
import type { Db } from '../lib/db.ts';
import { problemsOf } from '../problems.ts';
import {
  cancelRegistration,
  confirmRegistration,
  findByToken,
  type LinkedRegistration,
  type MailLinks,
  type StoredReceipt,
} from './queries.ts';
import { newLinkToken, promotionTokens, tokenHash } from './tokens.ts';

const eventProblem = problemsOf(EVENT_PROBLEMS);

/**
 * The receipt the API answers for a stored registration.
 *
 * @example
 * return c.json(toRegistrationReceipt(receipt), 201);
 */
export function toRegistrationReceipt(receipt: StoredReceipt): RegistrationReceipt {
  return {
    event: receipt.event,
    mode: receipt.mode,
    status: receipt.status,
    position: receipt.position,
    expiresAt: receipt.expiresAt,
  };
}

function notFound() {
  return eventProblem('registration_not_found', 'This link does not open any registration.');
}

/**
 * The registration a link opens, for its page (null when the token opens none).
 *
 * @example
 * const linked = await openLink(env.DB, token, 'confirm');
 */
export async function openLink(
  db: Db,
  token: string,
  purpose: 'confirm' | 'cancel',
): Promise<LinkedRegistration | null> {
  return findByToken(db, await tokenHash(token), purpose);
}

/**
 * Confirms the guest's registration a confirm link opens: 200 with the
 * receipt (again if it already was), 404 `registration_not_found` (no such
 * link, or the registration was cancelled or released), 409
 * `event_cancelled`, 410 `confirmation_expired` (the hold lapsed).
 *
 * @example
 * const receipt = await confirmByToken(env.DB, token, new Date(), mailLinks(env, url));
 */
export async function confirmByToken(
  db: Db,
  token: string,
  now: Date,
  links: MailLinks,
): Promise<StoredReceipt> {
  const linked = await openLink(db, token, 'confirm');
  if (!linked || linked.status === 'cancelled') throw notFound();
  if (linked.confirmedAt !== null) return linked;
  if (linked.eventStatus === 'cancelled') {
    throw eventProblem('event_cancelled', 'The event was cancelled: there is nothing to confirm.');
  }
  const at = now.toISOString();
  if (linked.expiresAt === null || linked.expiresAt <= at) throw expired();
  const { confirmed, receipt } = await confirmRegistration(db, {
    id: linked.id,
    now: at,
    mail: { cancelToken: await newLinkToken(), links, slug: linked.event },
  });
  if (confirmed && receipt) return receipt;
  // Released or confirmed between the read and the write.
  if (!receipt || receipt.status === 'cancelled') throw notFound();
  if (receipt.expiresAt === null) return receipt;
  throw expired();
}

function expired() {
  return eventProblem(
    'confirmation_expired',
    'The seat was held for a limited time, which has passed: register again if there is still room.',
  );
}

/**
 * Cancels the registration a cancel link opens ("I can't come"), moving
 * the first person waiting up to the seat: 200 with the receipt (again if
 * it already was cancelled), 404 `registration_not_found`, 410
 * `confirmation_expired` once the event is over.
 *
 * @example
 * const receipt = await cancelByToken(env.DB, token, new Date(), mailLinks(env, url));
 */
export async function cancelByToken(
  db: Db,
  token: string,
  now: Date,
  links: MailLinks,
): Promise<StoredReceipt> {
  const linked = await openLink(db, token, 'cancel');
  if (!linked) throw notFound();
  if (linked.status === 'cancelled') return linked;
  const at = now.toISOString();
  if (linked.linkExpiresAt <= at || linked.eventEndsAt <= at) {
    throw eventProblem('confirmation_expired', 'The event is over: this link no longer cancels anything.');
  }
  const [tokens] = await promotionTokens(1);
  const { receipt } = await cancelRegistration(db, { registration: linked, now: at, tokens, links });
  if (!receipt) throw notFound();
  return receipt;
}
