/**
 * Typed queries on `events`, `event_themes`, `event_seats`, `registrations`,
 * `registration_tokens` and `event_feeds`: ALL the SQL of the event
 * calendar. Seat counts are never written here: the triggers of migration
 * 0009 move them in the same statement as the registration.
 */
import type { Audience, Language, LocalizedText } from '../../schema/common.ts';
import {
  type AdminRegistration,
  EVENT_MAX_DAYS,
  type EventAccessibility,
  type EventFormat,
  type EventMode,
  type EventPlace,
  type EventStatus,
  type RegistrationStatus,
  type SeatMode,
} from '../../schema/events.ts';
import type { ThemeView } from '../../schema/themes.ts';
import type { Db } from '../lib/db.ts';
import type { Erasure } from '../lib/feature.ts';
import { outboxSelectStatement } from '../outbox/queries.ts';
import type { MessageTemplate } from '../outbox/render.ts';
import {
  eventAlreadyRegistered,
  eventCancelled,
  eventChanged,
  eventPromoted,
  eventRegistered,
  eventReminder,
} from './messages.ts';
import type { LinkToken, PromotionTokens } from './tokens.ts';

type Value = string | number | null;

/** An event as stored, with its themes and the seat counts of its modes. */
export interface EventRecord {
  id: number;
  slug: string;
  uid: string;
  format: EventFormat;
  mode: EventMode;
  status: EventStatus;
  title: LocalizedText;
  description: LocalizedText;
  themes: ThemeView[];
  territory: string;
  place: EventPlace | null;
  city: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  audience: Audience;
  capacity: Partial<Record<SeatMode, number>>;
  /** Seats taken and people waiting, per mode offered. */
  seats: Partial<Record<SeatMode, { taken: number; waitlisted: number }>>;
  waitlist: boolean;
  allowGuests: boolean;
  onlineUrl: string | null;
  languages: Language[];
  facilitator: string | null;
  referents: string[];
  secretary: string | null;
  accessibility: EventAccessibility;
  reminderHours: number;
  minutes: { text: LocalizedText; publishedAt: string } | null;
  cancelReason: string | null;
  sequence: number;
  createdAt: string;
  updatedAt: string;
}

interface EventRow {
  id: number;
  slug: string;
  uid: string;
  format: EventFormat;
  mode: EventMode;
  status: EventStatus;
  title: string;
  description: string;
  themes: string;
  territory: string;
  place: string | null;
  city: string | null;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  audience: Audience;
  capacity_in_person: number | null;
  capacity_online: number | null;
  seats: string | null;
  waitlist: number;
  allow_guests: number;
  online_url: string | null;
  languages: string;
  facilitator: string | null;
  referents: string;
  secretary: string | null;
  step_free: number;
  sign_language: number;
  accessibility_note: string | null;
  reminder_hours: number;
  minutes: string | null;
  minutes_published_at: string | null;
  cancel_reason: string | null;
  sequence: number;
  created_at: string;
  updated_at: string;
}

/** Every column of an event (alias `e`), its themes in display order and its seat counts, as JSON. */
const EVENT_COLUMNS = `e.id, e.slug, e.uid, e.format, e.mode, e.status, e.title, e.description, e.territory, e.place,
  e.city, e.starts_at, e.ends_at, e.time_zone, e.audience, e.capacity_in_person, e.capacity_online, e.waitlist,
  e.allow_guests, e.online_url, e.languages, e.facilitator, e.referents, e.secretary, e.step_free,
  e.sign_language, e.accessibility_note, e.reminder_hours, e.minutes, e.minutes_published_at, e.cancel_reason,
  e.sequence, e.created_at, e.updated_at,
  (SELECT json_group_array(json_object('slug', t.slug, 'position', t.position, 'title', json(t.title),
            'summary', json(t.summary)))
     FROM event_themes et JOIN themes t ON t.id = et.theme_id WHERE et.event_id = e.id) AS themes,
  (SELECT json_group_object(s.mode, json_array(s.taken, s.waitlisted)) FROM event_seats s
     WHERE s.event_id = e.id) AS seats`;

function toEventRecord(row: EventRow): EventRecord {
  const counts = JSON.parse(row.seats ?? '{}') as Record<string, [number, number]>;
  const capacity: EventRecord['capacity'] = {};
  const seats: EventRecord['seats'] = {};
  for (const [mode, value] of [
    ['in_person', row.capacity_in_person],
    ['online', row.capacity_online],
  ] as const) {
    if (value === null) continue;
    capacity[mode] = value;
    const [taken, waitlisted] = counts[mode] ?? [0, 0];
    seats[mode] = { taken, waitlisted };
  }
  return {
    id: row.id,
    slug: row.slug,
    uid: row.uid,
    format: row.format,
    mode: row.mode,
    status: row.status,
    title: JSON.parse(row.title),
    description: JSON.parse(row.description),
    // In display order (sorted here: a sort in SQL would cost a temporary tree per event).
    themes: (JSON.parse(row.themes) as ThemeView[]).sort((a, b) => a.position - b.position),
    territory: row.territory,
    place: row.place === null ? null : JSON.parse(row.place),
    city: row.city,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    audience: row.audience,
    capacity,
    seats,
    waitlist: row.waitlist === 1,
    allowGuests: row.allow_guests === 1,
    onlineUrl: row.online_url,
    languages: JSON.parse(row.languages),
    facilitator: row.facilitator,
    referents: JSON.parse(row.referents),
    secretary: row.secretary,
    accessibility: {
      stepFree: row.step_free === 1,
      signLanguage: row.sign_language === 1,
      note: row.accessibility_note === null ? null : JSON.parse(row.accessibility_note),
    },
    reminderHours: row.reminder_hours,
    minutes:
      row.minutes === null || row.minutes_published_at === null
        ? null
        : { text: JSON.parse(row.minutes), publishedAt: row.minutes_published_at },
    cancelReason: row.cancel_reason,
    sequence: row.sequence,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The `(starts_at, id)` of the last event of a page: where the next one starts. */
export interface EventKeyset {
  startsAt: string;
  id: number;
}

/** What a page of the list asks for. */
export interface EventPage {
  /** `upcoming`: not ended at `now`, soonest first; `past`: ended, latest first. */
  when: 'upcoming' | 'past';
  /** ISO 8601 UTC instant the list is reckoned from. */
  now: string;
  from?: string;
  to?: string;
  themeId?: number;
  territory?: string;
  format?: EventFormat;
  mode?: EventMode;
  after?: EventKeyset;
  limit: number;
}

/** The partial index of each mode filter, and the term (the index's own WHERE) that lets SQLite use it. */
const MODE_INDEXES: Record<EventMode, { index: string; term: string }> = {
  in_person: { index: 'events_with_in_person_seats', term: "e.mode <> 'online'" },
  online: { index: 'events_with_online_seats', term: "e.mode <> 'in_person'" },
  hybrid: { index: 'events_hybrid', term: "e.mode = 'hybrid'" },
};

/**
 * The SQL of a page of events and its parameters. Each variant walks one
 * index on (filter, starts_at, id) from the keyset and stops after `limit`
 * rows: with a theme, event_themes_by_theme; else with a territory, a
 * format or a mode, that filter's index; else events_by_start. What is to
 * come starts at most EVENT_MAX_DAYS before `now` (an event lasts no
 * longer), so the walk never crosses the past. Exported so that tests can
 * EXPLAIN it.
 *
 * @example
 * const { sql, params } = eventPageQuery({ when: 'upcoming', now, territory: 'wallonie', limit: 21 });
 */
export function eventPageQuery(page: EventPage): { sql: string; params: Value[] } {
  const params: Value[] = [page.limit];
  const bind = (value: Value) => {
    params.push(value);
    return `?${params.length}`;
  };
  const where: string[] = [];
  let from: string;
  let start = 'e.starts_at';
  let key = 'e.id';
  if (page.themeId !== undefined) {
    from = 'event_themes k INDEXED BY event_themes_by_theme JOIN events e ON e.id = k.event_id';
    [start, key] = ['k.starts_at', 'k.event_id'];
    where.push(`k.theme_id = ${bind(page.themeId)}`);
  } else if (page.territory !== undefined) {
    from = 'events e INDEXED BY events_by_territory';
  } else if (page.format !== undefined) {
    from = 'events e INDEXED BY events_by_format';
  } else if (page.mode !== undefined) {
    from = `events e INDEXED BY ${MODE_INDEXES[page.mode].index}`;
  } else {
    from = 'events e INDEXED BY events_by_start';
  }
  if (page.territory !== undefined) where.push(`e.territory = ${bind(page.territory)}`);
  if (page.format !== undefined) where.push(`e.format = ${bind(page.format)}`);
  if (page.mode !== undefined) where.push(MODE_INDEXES[page.mode].term);
  const now = bind(page.now);
  // The walk starts at ONE bound, the cursor when it is past the period's own, so that SQLite seeks
  // there: with two, it would seek to one and read every row up to the other.
  if (page.when === 'upcoming') {
    const running = new Date(Date.parse(page.now) - EVENT_MAX_DAYS * 86_400_000).toISOString();
    const lower = page.from !== undefined && page.from > running ? page.from : running;
    if (page.after && page.after.startsAt >= lower) {
      where.push(`(${start}, ${key}) > (${bind(page.after.startsAt)}, ${bind(page.after.id)})`);
    } else {
      where.push(`${start} >= ${bind(lower)}`);
    }
    where.push(`e.ends_at > ${now}`);
    if (page.to !== undefined) where.push(`${start} < ${bind(page.to)}`);
  } else {
    const upper = page.to !== undefined && page.to < page.now ? page.to : page.now;
    if (page.after && page.after.startsAt < upper) {
      where.push(`(${start}, ${key}) < (${bind(page.after.startsAt)}, ${bind(page.after.id)})`);
    } else {
      where.push(`${start} < ${bind(upper)}`);
    }
    where.push(`e.ends_at <= ${now}`);
    if (page.from !== undefined) where.push(`${start} >= ${bind(page.from)}`);
  }
  const order = page.when === 'upcoming' ? 'ASC' : 'DESC';
  return {
    sql: `SELECT ${EVENT_COLUMNS} FROM ${from} WHERE ${where.join(' AND ')}
          ORDER BY ${start} ${order}, ${key} ${order} LIMIT ?1`,
    params,
  };
}

/**
 * A page of events in the list's order (see eventPageQuery).
 *
 * @example
 * const events = await listEvents(env.DB, { when: 'upcoming', now: new Date().toISOString(), limit: 21 });
 */
export async function listEvents(db: Db, page: EventPage): Promise<EventRecord[]> {
  const { sql, params } = eventPageQuery(page);
  const { results } = await db
    .prepare(sql)
    .bind(...params)
    .all<EventRow>();
  return results.map(toEventRecord);
}

/** A caller's own registration of an event, as EventView.myRegistration shows it. */
export interface OwnRegistration {
  id: string;
  mode: SeatMode;
  status: RegistrationStatus;
  position: number | null;
  registeredAt: string;
}

/** A waitlisted registration's place in line (alias `r`): 1 + those ahead of it; null otherwise. */
const POSITION = `CASE WHEN r.status = 'waitlisted' THEN
  (SELECT count(*) FROM registrations w WHERE w.event_id = r.event_id AND w.mode = r.mode
     AND w.status = 'waitlisted' AND w.waitlist_seq <= r.waitlist_seq) END`;

/** Where the links of e-mails point: the kit's public origin and the events' pages; null origin: no links. */
export interface MailLinks {
  origin: string | null;
  /** An event's page (EVENT_PAGE_URL, else its .ics on the kit), or null when neither is known. */
  eventLink(slug: string): string | null;
}

/** `…/registrations/cancel?token=…` on the kit, or null without an origin. */
export function linkUrl(links: MailLinks, purpose: 'confirm' | 'cancel', token: string): string | null {
  return links.origin === null
    ? null
    : `${links.origin}/registrations/${purpose}?${new URLSearchParams({ token })}`;
}

/**
 * The data of an event message (EventMessageData in messages.ts), as SQL
 * over a registration `r` and its event `e`, its links bound at `?link`,
 * `?cancel` and `?confirm`.
 */
function messageData(link: string, cancel: string, confirm: string): string {
  return `json_object('event', json_object('slug', e.slug, 'uid', e.uid, 'sequence', e.sequence,
      'cancelled', json(CASE WHEN e.status = 'cancelled' THEN 'true' ELSE 'false' END), 'title', json(e.title),
      'description', json(e.description), 'place', json(e.place), 'startsAt', e.starts_at, 'endsAt', e.ends_at,
      'timeZone', e.time_zone, 'createdAt', e.created_at, 'updatedAt', e.updated_at, 'format', e.format,
      'link', ${link}, 'reason', e.cancel_reason),
    'mode', r.mode, 'status', r.status, 'position', ${POSITION}, 'expiresAt', r.expires_at,
    'cancelUrl', ${cancel}, 'confirmUrl', ${confirm},
    'onlineUrl', CASE WHEN r.mode = 'online' AND r.status = 'confirmed' THEN e.online_url END)`;
}

/** One kind of message to the registrations `where` selects (over `r` and `e`), with its links. */
export interface RegistrationMessage {
  message: MessageTemplate;
  /** A condition over the registration `r` and its event `e`, with its values `params` as ?1, ?2… */
  where: string;
  params: readonly Value[];
  link: string | null;
  cancelUrl: string | null;
  confirmUrl: string | null;
  /** When set, a condition over `r` and `e` (SQL) without which the message carries no confirm link. */
  confirmWhen?: string;
  /** The cause, as SQL (`'event-changed:' || r.id || ':' || e.sequence`): unique per message. */
  dedupeKey: string;
  at: string;
}

/**
 * The statement that enqueues a message to each registration `where`
 * selects that has an e-mail, in its language, read from the rows as the
 * batch left them: run it after the change that causes it.
 *
 * @example
 * registrationMessage(db, { message: eventCancelled, where: "r.event_id = ?1 AND r.status <> 'cancelled'", … });
 */
export function registrationMessage(db: Db, message: RegistrationMessage): D1PreparedStatement {
  const count = message.params.length;
  return outboxSelectStatement(db, {
    message: message.message,
    from: `FROM registrations r JOIN events e ON e.id = r.event_id WHERE ${message.where}`,
    params: [...message.params, message.link, message.cancelUrl, message.confirmUrl],
    to: 'r.email',
    language: 'r.language',
    data: messageData(
      `?${count + 1}`,
      `?${count + 2}`,
      message.confirmWhen ? `CASE WHEN ${message.confirmWhen} THEN ?${count + 3} END` : `?${count + 3}`,
    ),
    dedupeKey: message.dedupeKey,
    participant: 'r.participant',
    at: message.at,
  });
}

interface OwnRow {
  id: string;
  mode: SeatMode;
  status: RegistrationStatus;
  position: number | null;
  created_at: string;
}

function toOwn(row: OwnRow | undefined): OwnRegistration | null {
  return row
    ? { id: row.id, mode: row.mode, status: row.status, position: row.position, registeredAt: row.created_at }
    : null;
}

/** The caller's (?2) registration of an event (slug ?1): the latest one still standing, else the latest cancelled. */
const OWN_REGISTRATION = `SELECT r.id, r.mode, r.status, ${POSITION} AS position, r.created_at
  FROM registrations r WHERE r.event_id = (SELECT id FROM events WHERE slug = ?1) AND r.participant = ?2
  ORDER BY r.status = 'cancelled', r.updated_at DESC LIMIT 1`;

/**
 * One event by slug and, for a caller with a participant id, their own
 * registration, in one round trip.
 *
 * @example
 * const found = await loadEvent(env.DB, 'atelier-bruxelles', participant?.id ?? null);
 */
export async function loadEvent(
  db: Db,
  slug: string,
  participant: string | null,
): Promise<{ event: EventRecord; mine: OwnRegistration | null } | null> {
  const [events, mine] = await db.batch<EventRow | OwnRow>([
    db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.slug = ?1`).bind(slug),
    db.prepare(OWN_REGISTRATION).bind(slug, participant),
  ]);
  const row = events.results[0] as EventRow | undefined;
  return row ? { event: toEventRecord(row), mine: toOwn(mine.results[0] as OwnRow | undefined) } : null;
}

/**
 * Several events by id (the private feed's, the seed's…), in start order.
 *
 * @example
 * const events = await eventsByIds(env.DB, [1, 2]);
 */
export async function eventsByIds(db: Db, ids: readonly number[]): Promise<EventRecord[]> {
  if (ids.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id IN (SELECT value FROM json_each(?1))
       ORDER BY e.starts_at, e.id`,
    )
    .bind(JSON.stringify(ids))
    .all<EventRow>();
  return results.map(toEventRecord);
}

/** What a refused registration is explained with, read in the same transaction as the write. */
export interface RegistrationContext {
  event: {
    id: number;
    status: EventStatus;
    endsAt: string;
    audience: Audience;
    allowGuests: boolean;
    waitlist: boolean;
    capacity: Partial<Record<SeatMode, number>>;
    seats: Partial<Record<SeatMode, { taken: number; waitlisted: number }>>;
  } | null;
  territoryKnown: boolean;
}

interface ContextRow {
  id: number | null;
  status: EventStatus | null;
  ends_at: string | null;
  audience: Audience | null;
  allow_guests: number | null;
  waitlist: number | null;
  capacity_in_person: number | null;
  capacity_online: number | null;
  seats: string | null;
  territory_known: number;
}

function contextStatement(db: Db, slug: string, territory: string | null): D1PreparedStatement {
  return db
    .prepare(
      `SELECT e.id, e.status, e.ends_at, e.audience, e.allow_guests, e.waitlist, e.capacity_in_person,
         e.capacity_online,
         (SELECT json_group_object(s.mode, json_array(s.taken, s.waitlisted)) FROM event_seats s
            WHERE s.event_id = e.id) AS seats,
         (?2 IS NULL OR EXISTS (SELECT 1 FROM territories WHERE code = ?2)) AS territory_known
       FROM (SELECT 1) LEFT JOIN events e ON e.slug = ?1`,
    )
    .bind(slug, territory);
}

function toContext(row: ContextRow): RegistrationContext {
  if (row.id === null || row.status === null || row.ends_at === null || row.audience === null) {
    return { event: null, territoryKnown: row.territory_known === 1 };
  }
  const counts = JSON.parse(row.seats ?? '{}') as Record<string, [number, number]>;
  const capacity: Partial<Record<SeatMode, number>> = {};
  const seats: Partial<Record<SeatMode, { taken: number; waitlisted: number }>> = {};
  for (const [mode, value] of [
    ['in_person', row.capacity_in_person],
    ['online', row.capacity_online],
  ] as const) {
    if (value === null) continue;
    capacity[mode] = value;
    const [taken, waitlisted] = counts[mode] ?? [0, 0];
    seats[mode] = { taken, waitlisted };
  }
  return {
    event: {
      id: row.id,
      status: row.status,
      endsAt: row.ends_at,
      audience: row.audience,
      allowGuests: row.allow_guests === 1,
      waitlist: row.waitlist === 1,
      capacity,
      seats,
    },
    territoryKnown: row.territory_known === 1,
  };
}

/**
 * The event a registration would be checked against, and whether the
 * territory exists: for a guest whose fields are missing, to say first
 * whether the event would take them at all.
 *
 * @example
 * const context = await loadRegistrationContext(env.DB, 'atelier-bruxelles', null);
 */
export async function loadRegistrationContext(
  db: Db,
  slug: string,
  territory: string | null,
): Promise<RegistrationContext> {
  const row = await contextStatement(db, slug, territory).first<ContextRow>();
  if (!row) throw new Error('the context query returns one row');
  return toContext(row);
}

/** A registration's state, as receipts give it. */
export interface StoredReceipt {
  id: string;
  eventId: number;
  event: string;
  mode: SeatMode;
  status: RegistrationStatus;
  position: number | null;
  expiresAt: string | null;
  registeredAt: string;
}

interface ReceiptRow {
  id: string;
  event_id: number;
  event: string;
  mode: SeatMode;
  status: RegistrationStatus;
  position: number | null;
  expires_at: string | null;
  created_at: string;
}

/** A registration's receipt (alias `r`, its event `e`). */
const SELECT_RECEIPT = `SELECT r.id, r.event_id, e.slug AS event, r.mode, r.status, ${POSITION} AS position,
  r.expires_at, r.created_at FROM registrations r JOIN events e ON e.id = r.event_id`;

function toReceipt(row: ReceiptRow | undefined): StoredReceipt | null {
  return row
    ? {
        id: row.id,
        eventId: row.event_id,
        event: row.event,
        mode: row.mode,
        status: row.status,
        position: row.position,
        expiresAt: row.expires_at,
        registeredAt: row.created_at,
      }
    : null;
}

function receiptById(db: Db, id: string): D1PreparedStatement {
  return db.prepare(`${SELECT_RECEIPT} WHERE r.id = ?1`).bind(id);
}

export interface RegistrationWrite {
  /** A fresh id, kept only if this is the person's first registration of the event. */
  id: string;
  slug: string;
  /** Who holds it: the participant hash, or a guest's keyed e-mail hash. */
  person: string;
  /** Who sees it as theirs (the signed-in person, or a guest's anonymous browser); null for neither. */
  participant: string | null;
  guest: boolean;
  mode: SeatMode;
  name: string | null;
  email: string | null;
  language: Language;
  role: string | null;
  territory: string | null;
  /** The audiences the person belongs to (a guest: public only): the event's must be one. */
  audiences: readonly Audience[];
  /** ISO 8601 UTC instant of the registration (and of a guest's consent). */
  now: string;
  /** A guest's hold lapses then unless they confirm; null for a signed-in person. */
  expiresAt: string | null;
  /** The link of "I can't come" in the messages about it. */
  cancelToken: LinkToken;
  /** A guest's "confirm my seat" link; null when signed in. */
  confirmToken: LinkToken | null;
  /**
   * Messages it causes (the outbox's statements), run after it in the same
   * batch: each finds the registration by the hash of its cancel token
   * (`registration_tokens`), written only if the registration was.
   */
  messages?: (cancelTokenHash: string) => D1PreparedStatement[];
  /**
   * What a request for a person already registered causes instead (e.g.
   * alreadyRegisteredStatements), run after the messages: it must check by
   * itself that nothing was written (no row holds this cancel token's hash).
   */
  ifAlreadyRegistered?: (cancelTokenHash: string) => D1PreparedStatement[];
}

/** What a registration's one round trip answers. */
export interface RegistrationOutcome {
  /** Whether this request wrote the registration. */
  written: boolean;
  /** The person's registration of the event, as the transaction left it (theirs from before when refused). */
  receipt: StoredReceipt | null;
  /** What the write was checked against, to explain a refusal. */
  context: RegistrationContext;
}

/**
 * Whether a seat of the mode is free for a newcomer: fewer taken than the
 * capacity, and nobody already waiting (they come first). Over `x`, the
 * row of REGISTER's inner select.
 */
const FREE = 'x.taken < x.capacity AND x.waiting = 0';

/**
 * The guarded registration: one statement that writes it only when every
 * rule holds (the event exists, is scheduled and not over, offers the mode,
 * its audience admits the person, takes guests if they are one, the
 * territory exists), with the status the seats give in the same statement
 * (`confirmed`, or `pending_confirmation` for a guest, while a seat is free
 * and nobody waits; else `waitlisted` with the mode's next number, if the
 * event has a waitlist). A person already registered hits the UNIQUE
 * (event_id, person) and writes nothing, unless they had cancelled: then
 * the registration starts again.
 */
const REGISTER = `
INSERT INTO registrations (id, event_id, person, participant, guest, mode, status, waitlist_seq, name, email,
  language, role, territory, consent_at, confirmed_at, expires_at, created_at, updated_at)
SELECT ?1, x.event_id, ?3, ?4, ?5, ?6,
  CASE WHEN ${FREE} THEN CASE ?5 WHEN 1 THEN 'pending_confirmation' ELSE 'confirmed' END ELSE 'waitlisted' END,
  CASE WHEN ${FREE} THEN NULL ELSE
    (SELECT coalesce(max(w.waitlist_seq), 0) + 1 FROM registrations w WHERE w.event_id = x.event_id AND w.mode = ?6)
  END,
  ?7, ?8, ?9, ?10, ?11, CASE ?5 WHEN 1 THEN ?12 END, CASE ?5 WHEN 1 THEN NULL ELSE ?12 END, ?14, ?12, ?12
FROM (
  SELECT e.id AS event_id, e.waitlist,
    CASE ?6 WHEN 'in_person' THEN e.capacity_in_person ELSE e.capacity_online END AS capacity,
    coalesce(s.taken, 0) AS taken, coalesce(s.waitlisted, 0) AS waiting
  FROM events e LEFT JOIN event_seats s ON s.event_id = e.id AND s.mode = ?6
  WHERE e.slug = ?2 AND e.status = 'scheduled' AND e.ends_at > ?12
    AND e.audience IN (SELECT value FROM json_each(?13))
    AND (?5 = 0 OR e.allow_guests = 1)
    AND (?11 IS NULL OR EXISTS (SELECT 1 FROM territories WHERE code = ?11))
) AS x
WHERE x.capacity IS NOT NULL AND (${FREE} OR x.waitlist = 1)
ON CONFLICT (event_id, person) DO UPDATE SET participant = excluded.participant, guest = excluded.guest,
  mode = excluded.mode, status = excluded.status, waitlist_seq = excluded.waitlist_seq, name = excluded.name,
  email = excluded.email, language = excluded.language, role = excluded.role, territory = excluded.territory,
  consent_at = excluded.consent_at, confirmed_at = excluded.confirmed_at, expires_at = excluded.expires_at,
  attended = NULL, reminded_at = NULL, created_at = excluded.created_at, updated_at = excluded.updated_at
WHERE registrations.status = 'cancelled'`;

/**
 * Registers a person in ONE round trip and one transaction: the guarded
 * write (REGISTER), the links of its messages and the messages themselves
 * (each statement only when the one before it wrote: `changes()`), then the
 * person's registration and the event's context, read back in the same
 * transaction. Nothing written: the context and the receipt say why (already
 * registered, full, not offered…).
 *
 * @example
 * const { written, receipt, context } = await register(env.DB, { id: crypto.randomUUID(), slug, person, … });
 */
export async function register(db: Db, write: RegistrationWrite): Promise<RegistrationOutcome> {
  const registered = `(SELECT r.id FROM registrations r JOIN events e ON e.id = r.event_id
    WHERE e.slug = ?1 AND r.person = ?2)`;
  const statements: D1PreparedStatement[] = [
    db
      .prepare(REGISTER)
      .bind(
        write.id,
        write.slug,
        write.person,
        write.participant,
        write.guest ? 1 : 0,
        write.mode,
        write.name,
        write.email,
        write.language,
        write.role,
        write.territory,
        write.now,
        JSON.stringify(write.audiences),
        write.expiresAt,
      ),
    db
      .prepare(
        `INSERT INTO registration_tokens (token_hash, registration_id, purpose, expires_at, created_at)
         SELECT ?3, r.id, 'cancel', e.ends_at, ?4 FROM registrations r JOIN events e ON e.id = r.event_id
         WHERE e.slug = ?1 AND r.person = ?2 AND changes() > 0`,
      )
      .bind(write.slug, write.person, write.cancelToken.hash, write.now),
  ];
  if (write.confirmToken) {
    statements.push(
      db
        .prepare(
          `INSERT INTO registration_tokens (token_hash, registration_id, purpose, expires_at, created_at)
           SELECT ?3, r.id, 'confirm', r.expires_at, ?4 FROM registrations r JOIN events e ON e.id = r.event_id
           WHERE e.slug = ?1 AND r.person = ?2 AND changes() = 1`,
        )
        .bind(write.slug, write.person, write.confirmToken.hash, write.now),
    );
  }
  // Messages are written only with the link they carry: its token row names the registration.
  statements.push(...(write.messages?.(write.cancelToken.hash) ?? []));
  statements.push(...(write.ifAlreadyRegistered?.(write.cancelToken.hash) ?? []));
  const receiptIndex = statements.length;
  statements.push(
    db.prepare(`${SELECT_RECEIPT} WHERE r.id = ${registered}`).bind(write.slug, write.person),
    contextStatement(db, write.slug, write.territory),
  );
  const results = await db.batch<ReceiptRow | ContextRow>(statements);
  return {
    // The cancel link is written only after the registration (`changes()`, which triggers do not move).
    written: results[1].meta.changes > 0,
    receipt: toReceipt(results[receiptIndex].results[0] as ReceiptRow | undefined),
    context: toContext(results[receiptIndex + 1].results[0] as ContextRow),
  };
}

/**
 * The statements that remind the holder of a registration someone asked to
 * make again (a guest's address, registered already) of where they stand,
 * in the register() batch, when it wrote nothing: one message with fresh
 * links (cancel; confirm while their hold stands), at most one per
 * registration per hour (its dedupe key), and the links' tokens only with
 * the message that carries them. Only where a new address would have been
 * taken (REGISTER's rules for a guest), as the asker is answered so: a
 * refusal changes nothing. A registration cancelled or a hold lapsed: nothing.
 *
 * @example
 * register(db, { …, ifAlreadyRegistered: (hash) => alreadyRegisteredStatements(db, { slug, person, writtenIf: hash, … }) });
 */
export function alreadyRegisteredStatements(
  db: Db,
  reminder: {
    slug: string;
    /** Who asked: a guest's keyed e-mail hash. */
    person: string;
    /** The seat and territory asked for: no reminder where a new address would be refused. */
    mode: SeatMode;
    territory: string | null;
    /** The cancel token hash of the registration the same batch would have written: it wrote nothing without it. */
    writtenIf: string;
    now: string;
    cancelToken: LinkToken;
    confirmToken: LinkToken;
    links: MailLinks;
  },
): D1PreparedStatement[] {
  const { slug, person, now, links } = reminder;
  const cancelUrl = linkUrl(links, 'cancel', reminder.cancelToken.token);
  const confirmUrl = linkUrl(links, 'confirm', reminder.confirmToken.token);
  // Repeated asks within the hour remind once: whoever asks cannot flood the holder's inbox.
  const hour = now.slice(0, 13);
  const holder = `(SELECT s.id FROM registrations s JOIN events se ON se.id = s.event_id
    WHERE se.slug = ?1 AND s.person = ?2 AND s.status <> 'cancelled'
      AND (s.confirmed_at IS NOT NULL OR s.expires_at > ?4))`;
  const holdStands = 'r.confirmed_at IS NULL AND r.expires_at > ?4';
  const told = (field: 'cancelUrl' | 'confirmUrl') =>
    `EXISTS (SELECT 1 FROM outbox WHERE dedupe_key = 'event-already-registered:' || r.id || ':' || ?5
       AND json_extract(data, '$.${field}') = ?6)`;
  const token = (purpose: 'cancel' | 'confirm', hash: string, url: string | null, condition: string) =>
    db
      .prepare(
        `INSERT INTO registration_tokens (token_hash, registration_id, purpose, expires_at, created_at)
         SELECT ?3, r.id, '${purpose}', ${purpose === 'cancel' ? 'e.ends_at' : 'r.expires_at'}, ?4
         FROM registrations r JOIN events e ON e.id = r.event_id
         WHERE r.id = ${holder} AND ${condition} AND ${told(purpose === 'cancel' ? 'cancelUrl' : 'confirmUrl')}`,
      )
      .bind(slug, person, hash, now, hour, url);
  const capacity = "CASE ?6 WHEN 'in_person' THEN e.capacity_in_person ELSE e.capacity_online END";
  // REGISTER's rules for a guest: open to guests, the mode offered, a seat free with nobody waiting or a waitlist.
  const newcomerTaken = `e.status = 'scheduled' AND e.ends_at > ?4 AND e.audience = 'public' AND e.allow_guests = 1
    AND (?7 IS NULL OR EXISTS (SELECT 1 FROM territories WHERE code = ?7)) AND ${capacity} IS NOT NULL
    AND (e.waitlist = 1 OR NOT EXISTS (SELECT 1 FROM event_seats x WHERE x.event_id = e.id AND x.mode = ?6
      AND (x.taken >= ${capacity} OR x.waitlisted > 0)))`;
  return [
    registrationMessage(db, {
      message: eventAlreadyRegistered,
      where: `r.id = ${holder} AND ${newcomerTaken}
        AND NOT EXISTS (SELECT 1 FROM registration_tokens WHERE token_hash = ?3)`,
      params: [slug, person, reminder.writtenIf, now, hour, reminder.mode, reminder.territory],
      link: links.eventLink(slug),
      cancelUrl,
      confirmUrl,
      confirmWhen: holdStands,
      dedupeKey: "'event-already-registered:' || r.id || ':' || ?5",
      at: now,
    }),
    // Written after the message, and only if it was (a link in no message would open a registration for no one).
    token('cancel', reminder.cancelToken.hash, cancelUrl, '1'),
    token('confirm', reminder.confirmToken.hash, confirmUrl, holdStands),
  ];
}

/**
 * The statements that move the first person waiting in a mode up to a seat,
 * if one is free (fewer taken than the capacity) and the event is still to
 * come; run after the change that may free it, in the same batch. The
 * cancel token they write names the person moved up (it is random: no other
 * statement can mean anyone else), so that the statements after it (their
 * status, a guest's confirm link, the message) apply to that person only.
 * Nothing free or nobody waiting: they write nothing. A guest who has not
 * confirmed their e-mail gets the seat held (`pending_confirmation`) until
 * their hold lapses; everyone else is confirmed.
 *
 * @example
 * await db.batch([cancel, ...promotionStatements(db, { eventId, mode, now, tokens })]);
 */
export function promotionStatements(
  db: Db,
  promotion: {
    eventId: number;
    mode: SeatMode;
    now: string;
    tokens: PromotionTokens;
    /** Where the message to the person moved up links to; null: no message. */
    mail: { links: MailLinks; slug: string } | null;
  },
): D1PreparedStatement[] {
  const { eventId, mode, now, tokens, mail } = promotion;
  return [
    db
      .prepare(
        `INSERT INTO registration_tokens (token_hash, registration_id, purpose, expires_at, created_at)
         SELECT ?1, w.id, 'cancel', e.ends_at, ?4
         FROM events e JOIN registrations w INDEXED BY registrations_by_waitlist_seq
           ON w.event_id = e.id AND w.mode = ?3
         WHERE e.id = ?2 AND e.status = 'scheduled' AND e.ends_at > ?4
           AND w.status = 'waitlisted' AND (w.confirmed_at IS NOT NULL OR w.expires_at > ?4)
           AND coalesce((SELECT taken FROM event_seats WHERE event_id = e.id AND mode = ?3), 0)
             < CASE ?3 WHEN 'in_person' THEN e.capacity_in_person ELSE e.capacity_online END
         ORDER BY w.waitlist_seq LIMIT 1`,
      )
      .bind(tokens.cancel.hash, eventId, mode, now),
    db
      .prepare(
        `UPDATE registrations SET
           status = CASE WHEN confirmed_at IS NULL THEN 'pending_confirmation' ELSE 'confirmed' END,
           updated_at = ?2
         WHERE id = (SELECT registration_id FROM registration_tokens WHERE token_hash = ?1)
           AND status = 'waitlisted'`,
      )
      .bind(tokens.cancel.hash, now),
    db
      .prepare(
        `INSERT INTO registration_tokens (token_hash, registration_id, purpose, expires_at, created_at)
         SELECT ?1, r.id, 'confirm', r.expires_at, ?3
         FROM registration_tokens t JOIN registrations r ON r.id = t.registration_id
         WHERE t.token_hash = ?2 AND r.status = 'pending_confirmation'`,
      )
      .bind(tokens.confirm.hash, tokens.cancel.hash, now),
    ...(mail
      ? [
          registrationMessage(db, {
            message: eventPromoted,
            where: 'r.id = (SELECT registration_id FROM registration_tokens WHERE token_hash = ?1)',
            params: [tokens.cancel.hash],
            link: mail.links.eventLink(mail.slug),
            cancelUrl: linkUrl(mail.links, 'cancel', tokens.cancel.token),
            confirmUrl: linkUrl(mail.links, 'confirm', tokens.confirm.token),
            dedupeKey: "'event-promoted:' || ?1",
            at: now,
          }),
        ]
      : []),
  ];
}

/** A registration found by its link, with what the link's page and route need. */
export interface LinkedRegistration extends StoredReceipt {
  /** When the link stops working (a confirm link: the hold; a cancel link: the event's end). */
  linkExpiresAt: string;
  confirmedAt: string | null;
  language: Language;
  eventStatus: EventStatus;
  eventStartsAt: string;
  eventEndsAt: string;
  eventTimeZone: string;
  eventTitle: LocalizedText;
}

interface LinkedRow extends ReceiptRow {
  link_expires_at: string;
  confirmed_at: string | null;
  language: Language;
  event_status: EventStatus;
  event_starts_at: string;
  event_ends_at: string;
  event_time_zone: string;
  event_title: string;
}

/**
 * The registration a link's token opens (by its hash and purpose), or null.
 *
 * @example
 * const linked = await findByToken(env.DB, await tokenHash(token), 'cancel');
 */
export async function findByToken(
  db: Db,
  hash: string,
  purpose: 'confirm' | 'cancel',
): Promise<LinkedRegistration | null> {
  const row = await db
    .prepare(
      `SELECT r.id, r.event_id, e.slug AS event, r.mode, r.status, ${POSITION} AS position, r.expires_at,
         r.created_at, t.expires_at AS link_expires_at, r.confirmed_at, r.language, e.status AS event_status,
         e.starts_at AS event_starts_at, e.ends_at AS event_ends_at, e.time_zone AS event_time_zone,
         e.title AS event_title
       FROM registration_tokens t JOIN registrations r ON r.id = t.registration_id
         JOIN events e ON e.id = r.event_id
       WHERE t.token_hash = ?1 AND t.purpose = ?2`,
    )
    .bind(hash, purpose)
    .first<LinkedRow>();
  if (!row) return null;
  const receipt = toReceipt(row) as StoredReceipt;
  return {
    ...receipt,
    linkExpiresAt: row.link_expires_at,
    confirmedAt: row.confirmed_at,
    language: row.language,
    eventStatus: row.event_status,
    eventStartsAt: row.event_starts_at,
    eventEndsAt: row.event_ends_at,
    eventTimeZone: row.event_time_zone,
    eventTitle: JSON.parse(row.event_title),
  };
}

/**
 * The caller's registration of an event that still stands (to cancel it
 * as "mine"), with the event's id and end; `event` null when there is no
 * such event.
 *
 * @example
 * const { event, registration } = await findStanding(env.DB, 'atelier-bruxelles', participant.id);
 */
export async function findStanding(
  db: Db,
  slug: string,
  participant: string,
): Promise<{ event: { id: number; endsAt: string } | null; registration: StoredReceipt | null }> {
  const [event, registration] = await db.batch<{ id: number; ends_at: string } | ReceiptRow>([
    db.prepare('SELECT id, ends_at FROM events WHERE slug = ?1').bind(slug),
    db
      .prepare(
        `${SELECT_RECEIPT} WHERE e.slug = ?1 AND r.participant = ?2 AND r.status <> 'cancelled'
         ORDER BY r.updated_at DESC LIMIT 1`,
      )
      .bind(slug, participant),
  ]);
  const row = event.results[0] as { id: number; ends_at: string } | undefined;
  return {
    event: row ? { id: row.id, endsAt: row.ends_at } : null,
    registration: toReceipt(registration.results[0] as ReceiptRow | undefined),
  };
}

/**
 * Cancels a registration and, in the same transaction, moves the first
 * person waiting in its mode up to the seat it frees (promotionStatements),
 * with the messages both cause, and forgets a guest's name and e-mail;
 * reads the registration back. `cancelled` is false when it was already
 * cancelled (nothing written).
 *
 * @example
 * const { cancelled, receipt } = await cancelRegistration(env.DB, { registration, now, tokens });
 */
export async function cancelRegistration(
  db: Db,
  cancel: {
    registration: Pick<StoredReceipt, 'id' | 'eventId' | 'mode' | 'event'>;
    now: string;
    tokens: PromotionTokens;
    /** Whether only a hold that lapsed is released (the job), not any standing registration. */
    lapsedOnly?: boolean;
    /** Where the message to the person moved up links to; null: no message. */
    links: MailLinks | null;
  },
): Promise<{ cancelled: boolean; promoted: boolean; receipt: StoredReceipt | null }> {
  const { registration, now } = cancel;
  const statements: D1PreparedStatement[] = [
    db
      .prepare(
        `UPDATE registrations SET status = 'cancelled', expires_at = NULL, updated_at = ?2
         WHERE id = ?1 AND status <> 'cancelled'
           AND (?3 = 0 OR (confirmed_at IS NULL AND expires_at <= ?2))`,
      )
      .bind(registration.id, now, cancel.lapsedOnly ? 1 : 0),
    ...promotionStatements(db, {
      eventId: registration.eventId,
      mode: registration.mode,
      now,
      tokens: cancel.tokens,
      mail: cancel.links ? { links: cancel.links, slug: registration.event } : null,
    }),
    // A cancelled guest is written to no more: their name and e-mail go now, not at the retention purge.
    // Last of the writes, so that any message of this batch to them has already read the address.
    db
      .prepare(
        `UPDATE registrations SET name = NULL, email = NULL
         WHERE id = ?1 AND guest = 1 AND status = 'cancelled' AND (name IS NOT NULL OR email IS NOT NULL)`,
      )
      .bind(registration.id),
    receiptById(db, registration.id),
  ];
  const results = await db.batch<ReceiptRow>(statements);
  return {
    cancelled: results[0].meta.changes > 0,
    // The second statement of the promotion moves the person up.
    promoted: results[2].meta.changes > 0,
    receipt: toReceipt(results.at(-1)?.results[0]),
  };
}

/**
 * Confirms a guest's registration (the link in their e-mail): their seat is
 * theirs (`confirmed`), or their place in line is kept, confirmed. Only
 * while the hold stands; reads it back.
 *
 * @example
 * const { confirmed, receipt } = await confirmRegistration(env.DB, { id, now });
 */
export async function confirmRegistration(
  db: Db,
  confirm: {
    id: string;
    now: string;
    /** The cancel link of the confirmation it sends, and where links point (null: no message). */
    mail: { cancelToken: LinkToken; links: MailLinks; slug: string } | null;
  },
): Promise<{ confirmed: boolean; receipt: StoredReceipt | null }> {
  const { mail } = confirm;
  const results = await db.batch<ReceiptRow>([
    db
      .prepare(
        `UPDATE registrations SET confirmed_at = ?2, expires_at = NULL, updated_at = ?2,
           status = CASE status WHEN 'pending_confirmation' THEN 'confirmed' ELSE status END
         WHERE id = ?1 AND confirmed_at IS NULL AND status <> 'cancelled' AND expires_at > ?2`,
      )
      .bind(confirm.id, confirm.now),
    ...(mail
      ? [
          db
            .prepare(
              `INSERT INTO registration_tokens (token_hash, registration_id, purpose, expires_at, created_at)
               SELECT ?2, r.id, 'cancel', e.ends_at, ?3 FROM registrations r JOIN events e ON e.id = r.event_id
               WHERE r.id = ?1 AND changes() = 1`,
            )
            .bind(confirm.id, mail.cancelToken.hash, confirm.now),
          registrationMessage(db, {
            message: eventRegistered,
            where: 'r.id = (SELECT registration_id FROM registration_tokens WHERE token_hash = ?1)',
            params: [mail.cancelToken.hash],
            link: mail.links.eventLink(mail.slug),
            cancelUrl: linkUrl(mail.links, 'cancel', mail.cancelToken.token),
            confirmUrl: null,
            dedupeKey: "'event-registered:' || ?1",
            at: confirm.now,
          }),
        ]
      : []),
    receiptById(db, confirm.id),
  ]);
  return { confirmed: results[0].meta.changes > 0, receipt: toReceipt(results.at(-1)?.results[0]) };
}

/**
 * Guests' holds (seats or places in line) that lapsed unconfirmed by `now`,
 * oldest first, at most `limit`.
 *
 * @example
 * const lapsed = await lapsedHolds(env.DB, now, 100);
 */
export async function lapsedHolds(db: Db, now: string, limit: number): Promise<StoredReceipt[]> {
  const { results } = await db
    .prepare(
      `${SELECT_RECEIPT} WHERE r.expires_at <= ?1 AND r.confirmed_at IS NULL AND r.status <> 'cancelled'
       ORDER BY r.expires_at, r.id LIMIT ?2`,
    )
    .bind(now, limit)
    .all<ReceiptRow>();
  return results.map((row) => toReceipt(row) as StoredReceipt);
}

/**
 * The modes of events still to come where seats are free while people wait
 * (a capacity raised, a change elsewhere), with how many could move up.
 *
 * @example
 * for (const { eventId, mode, movable } of await waitingForFreeSeats(env.DB, now)) …
 */
export async function waitingForFreeSeats(
  db: Db,
  now: string,
): Promise<{ eventId: number; slug: string; mode: SeatMode; movable: number }[]> {
  const { results } = await db
    .prepare(
      `SELECT s.event_id AS eventId, e.slug, s.mode,
         min(s.waitlisted, CASE s.mode WHEN 'in_person' THEN e.capacity_in_person ELSE e.capacity_online END - s.taken)
           AS movable
       FROM event_seats s INDEXED BY event_seats_with_waitlist JOIN events e ON e.id = s.event_id
       WHERE s.waitlisted > 0 AND e.status = 'scheduled' AND e.ends_at > ?1
         AND s.taken < CASE s.mode WHEN 'in_person' THEN e.capacity_in_person ELSE e.capacity_online END`,
    )
    .bind(now)
    .all<{ eventId: number; slug: string; mode: SeatMode; movable: number }>();
  return results;
}

/**
 * Forgets guests' e-mails and names, and anyone's e-mail, `days` after their
 * event ended; returns how many registrations lost theirs. `days` must be a
 * positive integer: an unset GUEST_RETENTION_DAYS must fail loudly rather
 * than purge every address.
 *
 * @example
 * await purgeRegistrationEmails(env.DB, 30, new Date());
 */
export async function purgeRegistrationEmails(db: Db, days: number, now: Date): Promise<number> {
  if (!Number.isInteger(days) || days <= 0)
    throw new Error('the retention period must be a positive integer');
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const { meta } = await db
    .prepare(
      `UPDATE registrations SET email = NULL, name = CASE guest WHEN 1 THEN NULL ELSE name END,
         person = CASE guest WHEN 1 THEN 'purged:' || id ELSE person END
       WHERE (email IS NOT NULL OR (guest = 1 AND name IS NOT NULL))
         AND event_id IN (SELECT id FROM events WHERE ends_at < ?1)`,
    )
    .bind(cutoff)
    .run();
  return meta.changes;
}

/**
 * Erases a participant's registrations, in the erasure's one transaction:
 * those of events still to come are deleted (their seats free up; the next
 * waitlist sweep moves people up), those of events that took place are
 * anonymised (no person, name or e-mail left; the mode, role, territory and
 * attendance stay, so that published attendance figures stay true). One
 * audit line per registration says which, and counts them.
 *
 * @example
 * const { statements, counted } = registrationErasure(env.DB, participant, 'ana@smart.coop', now);
 */
export function registrationErasure(db: Db, participant: string, actor: string, at: string): Erasure {
  const upcoming = `SELECT r.id FROM registrations r JOIN events e ON e.id = r.event_id
    WHERE r.participant = ?1 AND e.ends_at > ?2`;
  return {
    counted: 0,
    statements: [
      db
        .prepare(
          `INSERT INTO audit_log (item_kind, item_id, actor, action, from_status, to_status, reason_code, note, at)
           SELECT 'event', e.slug, ?3, 'erase', r.status, r.status,
             CASE WHEN e.ends_at > ?2 THEN 'deleted' ELSE 'anonymised' END, 'registration ' || r.id, ?2
           FROM registrations r JOIN events e ON e.id = r.event_id
           WHERE r.participant = ?1 ORDER BY r.created_at, r.id`,
        )
        .bind(participant, at, actor),
      db
        .prepare(`DELETE FROM registration_tokens WHERE registration_id IN (${upcoming})`)
        .bind(participant, at),
      db.prepare(`DELETE FROM registrations WHERE id IN (${upcoming})`).bind(participant, at),
      db
        .prepare(
          `UPDATE registrations SET person = 'erased:' || id, participant = NULL, name = NULL, email = NULL,
             updated_at = ?2
           WHERE participant = ?1`,
        )
        .bind(participant, at),
      db.prepare('DELETE FROM event_feeds WHERE participant = ?1').bind(participant),
    ],
  };
}

/** An event as organisers write it, in the columns' terms. */
export interface EventWrite {
  format: EventFormat;
  mode: EventMode;
  title: LocalizedText;
  description: LocalizedText;
  themes: readonly string[];
  territory: string;
  place: EventPlace | null;
  city: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  audience: Audience;
  capacity: Partial<Record<SeatMode, number>>;
  waitlist: boolean;
  allowGuests: boolean;
  onlineUrl: string | null;
  languages: readonly Language[];
  facilitator: string | null;
  referents: readonly string[];
  secretary: string | null;
  accessibility: EventAccessibility;
  reminderHours: number;
}

function eventValues(event: EventWrite): Value[] {
  return [
    event.format,
    event.mode,
    JSON.stringify(event.title),
    JSON.stringify(event.description),
    event.territory,
    event.place === null ? null : JSON.stringify(event.place),
    event.city,
    event.startsAt,
    event.endsAt,
    event.timeZone,
    event.audience,
    event.capacity.in_person ?? null,
    event.capacity.online ?? null,
    event.waitlist ? 1 : 0,
    event.allowGuests ? 1 : 0,
    event.onlineUrl,
    JSON.stringify(event.languages),
    event.facilitator,
    JSON.stringify(event.referents),
    event.secretary,
    event.accessibility.stepFree ? 1 : 0,
    event.accessibility.signLanguage ? 1 : 0,
    event.accessibility.note === null ? null : JSON.stringify(event.accessibility.note),
    event.reminderHours,
  ];
}

/** The columns eventValues fills, in its order. */
const EVENT_WRITE_COLUMNS = [
  'format',
  'mode',
  'title',
  'description',
  'territory',
  'place',
  'city',
  'starts_at',
  'ends_at',
  'time_zone',
  'audience',
  'capacity_in_person',
  'capacity_online',
  'waitlist',
  'allow_guests',
  'online_url',
  'languages',
  'facilitator',
  'referents',
  'secretary',
  'step_free',
  'sign_language',
  'accessibility_note',
  'reminder_hours',
];

/** An audit line on an event (item_kind 'event', item_id its slug). */
export interface EventAudit {
  actor: string;
  action: 'create' | 'edit' | 'duplicate' | 'cancel' | 'attendance' | 'minutes';
  from: EventStatus;
  to: EventStatus;
  note: string | null;
  at: string;
}

/** The audit line, written only when `guard` holds (SQL whose parameters start at ?8). */
function auditStatement(
  db: Db,
  slug: string,
  audit: EventAudit,
  guard: { sql: string; params: readonly Value[] } = { sql: 'true', params: [] },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO audit_log (item_kind, item_id, actor, action, from_status, to_status, reason_code, note, at)
       SELECT 'event', ?1, ?2, ?3, ?4, ?5, NULL, ?6, ?7 WHERE ${guard.sql}`,
    )
    .bind(slug, audit.actor, audit.action, audit.from, audit.to, audit.note, audit.at, ...guard.params);
}

/** The statements that give an event its themes (by slug) and its seat rows, once it exists. */
function themeAndSeatStatements(db: Db, slug: string, themes: readonly string[]): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO event_themes (event_id, theme_id, starts_at)
         SELECT e.id, t.id, e.starts_at FROM events e JOIN themes t ON t.slug IN (SELECT value FROM json_each(?2))
         WHERE e.slug = ?1`,
      )
      .bind(slug, JSON.stringify(themes)),
    db
      .prepare(
        `INSERT OR IGNORE INTO event_seats (event_id, mode)
         SELECT e.id, m.value FROM events e, json_each('["in_person","online"]') m
         WHERE e.slug = ?1 AND (m.value = 'in_person' AND e.capacity_in_person IS NOT NULL
           OR m.value = 'online' AND e.capacity_online IS NOT NULL)`,
      )
      .bind(slug),
  ];
}

/**
 * Creates an event with its themes, seat rows and audit line, in one
 * transaction. Throws D1's UNIQUE error when the slug is taken.
 *
 * @example
 * await insertEvent(env.DB, { slug, uid, event, audit: { actor, action: 'create', … } });
 */
export async function insertEvent(
  db: Db,
  write: { slug: string; uid: string; event: EventWrite; audit: EventAudit },
): Promise<void> {
  const columns = ['slug', 'uid', 'status', ...EVENT_WRITE_COLUMNS, 'sequence', 'created_at', 'updated_at'];
  const values: Value[] = [
    write.slug,
    write.uid,
    'scheduled',
    ...eventValues(write.event),
    0,
    write.audit.at,
    write.audit.at,
  ];
  await db.batch([
    db
      .prepare(
        `INSERT INTO events (${columns.join(', ')}) VALUES (${columns.map((_, index) => `?${index + 1}`).join(', ')})`,
      )
      .bind(...values),
    ...themeAndSeatStatements(db, write.slug, write.event.themes),
    auditStatement(db, write.slug, write.audit),
  ]);
}

/** Which themes of `slugs` exist. */
export async function knownThemes(db: Db, slugs: readonly string[]): Promise<Set<string>> {
  const { results } = await db
    .prepare('SELECT slug FROM themes WHERE slug IN (SELECT value FROM json_each(?1))')
    .bind(JSON.stringify(slugs))
    .all<{ slug: string }>();
  return new Set(results.map((row) => row.slug));
}

/** Whether a territory exists. */
export async function territoryExists(db: Db, code: string): Promise<boolean> {
  return (await db.prepare('SELECT 1 AS one FROM territories WHERE code = ?1').bind(code).first()) !== null;
}

/** The registrations still standing per mode (any state but cancelled): what a change must leave a seat for. */
export async function standingByMode(db: Db, eventId: number): Promise<Partial<Record<SeatMode, number>>> {
  const { results } = await db
    .prepare(
      `SELECT mode, count(*) AS standing FROM registrations WHERE event_id = ?1 AND status <> 'cancelled'
       GROUP BY mode`,
    )
    .bind(eventId)
    .all<{ mode: SeatMode; standing: number }>();
  return Object.fromEntries(results.map((row) => [row.mode, row.standing]));
}

/**
 * Writes an organiser's edit: every column, SEQUENCE + 1, the themes, the
 * audit line, and what it causes (people moved up to seats a larger
 * capacity frees, the messages to registrants), in one transaction. Guarded:
 * only from the `sequence` it was read at (a concurrent edit makes it write
 * nothing, so the caller reads again), only while scheduled, and only if
 * every standing registration keeps a mode and every taken seat stays
 * within the capacity. Returns whether it was written.
 *
 * @example
 * const written = await updateEvent(env.DB, { record, event, audit, promotions: [] });
 */
export async function updateEvent(
  db: Db,
  write: {
    record: Pick<EventRecord, 'id' | 'slug' | 'sequence'>;
    event: EventWrite;
    audit: EventAudit;
    /** The start before the edit: registrants are reminded again of a new time. */
    previousStart: string;
    /** After the edit, moves people up where seats are free (one per entry). */
    promotions: { mode: SeatMode; tokens: PromotionTokens }[];
    /** Where the messages link to; `changed`: registrants are told (time, place or mode changed). */
    mail: { links: MailLinks; changed: boolean } | null;
  },
): Promise<boolean> {
  const { record, event, audit } = write;
  const values = eventValues(event);
  const assignments = EVENT_WRITE_COLUMNS.map((column, index) => `${column} = ?${index + 4}`).join(', ');
  const capacity = (offset: number) => `?${values.length + offset}`;
  // A mode dropped must have nobody standing in it; a capacity kept must hold the seats taken.
  const seatsFit = (mode: SeatMode, parameter: string) =>
    `(${parameter} IS NULL AND NOT EXISTS (SELECT 1 FROM registrations
        WHERE event_id = ?1 AND mode = '${mode}' AND status <> 'cancelled')
      OR coalesce((SELECT taken FROM event_seats WHERE event_id = ?1 AND mode = '${mode}'), 0) <= ${parameter})`;
  // The statements after the edit apply only if it was written (by this request: its sequence and time).
  const edited = 'EXISTS (SELECT 1 FROM events WHERE id = ?1 AND sequence = ?2 AND updated_at = ?3)';
  const guard = [record.id, record.sequence + 1, audit.at] as const;
  const results = await db.batch([
    db
      .prepare(
        `UPDATE events SET ${assignments}, sequence = sequence + 1, updated_at = ?3
         WHERE id = ?1 AND sequence = ?2 AND status = 'scheduled'
           AND ${seatsFit('in_person', capacity(4))} AND ${seatsFit('online', capacity(5))}`,
      )
      .bind(
        record.id,
        record.sequence,
        audit.at,
        ...values,
        event.capacity.in_person ?? null,
        event.capacity.online ?? null,
      ),
    db.prepare(`DELETE FROM event_themes WHERE event_id = ?1 AND ${edited}`).bind(...guard),
    db
      .prepare(
        `INSERT INTO event_themes (event_id, theme_id, starts_at)
         SELECT e.id, t.id, e.starts_at FROM events e JOIN themes t ON t.slug IN (SELECT value FROM json_each(?4))
         WHERE e.id = ?1 AND ${edited}`,
      )
      .bind(...guard, JSON.stringify(event.themes)),
    db
      .prepare(
        `INSERT OR IGNORE INTO event_seats (event_id, mode)
         SELECT e.id, m.value FROM events e, json_each('["in_person","online"]') m
         WHERE e.id = ?1 AND (m.value = 'in_person' AND e.capacity_in_person IS NOT NULL
           OR m.value = 'online' AND e.capacity_online IS NOT NULL) AND ${edited}`,
      )
      .bind(...guard),
    auditStatement(db, record.slug, audit, {
      sql: 'EXISTS (SELECT 1 FROM events WHERE id = ?8 AND sequence = ?9 AND updated_at = ?10)',
      params: guard,
    }),
    // A new time: a new reminder is due.
    db
      .prepare(
        `UPDATE registrations SET reminded_at = NULL
         WHERE event_id = ?1 AND reminded_at IS NOT NULL AND ${edited}
           AND (SELECT starts_at FROM events WHERE id = ?1) <> ?4`,
      )
      .bind(...guard, write.previousStart),
    ...(write.mail?.changed
      ? [
          registrationMessage(db, {
            message: eventChanged,
            where: `r.event_id = ?1 AND r.status <> 'cancelled' AND ${edited}`,
            params: guard,
            link: write.mail.links.eventLink(record.slug),
            cancelUrl: null,
            confirmUrl: null,
            dedupeKey: "'event-changed:' || r.id || ':' || e.sequence",
            at: audit.at,
          }),
        ]
      : []),
    ...write.promotions.flatMap(({ mode, tokens }) =>
      promotionStatements(db, {
        eventId: record.id,
        mode,
        now: audit.at,
        tokens,
        mail: write.mail ? { links: write.mail.links, slug: record.slug } : null,
      }),
    ),
  ]);
  return results[0].meta.changes > 0;
}

/**
 * Cancels an event (it stays listed, and in the feeds as cancelled): status,
 * reason, SEQUENCE + 1, the audit line and the messages to everyone
 * registered, in one transaction. False when it was already cancelled.
 *
 * @example
 * const done = await cancelEvent(env.DB, { id, slug, reason, audit });
 */
export async function cancelEvent(
  db: Db,
  write: {
    id: number;
    slug: string;
    reason: string | null;
    audit: EventAudit;
    /** Where the messages to registrants link to; null: none. */
    links: MailLinks | null;
  },
): Promise<boolean> {
  const results = await db.batch([
    db
      .prepare(
        `UPDATE events SET status = 'cancelled', cancel_reason = ?2, sequence = sequence + 1, updated_at = ?3
         WHERE id = ?1 AND status = 'scheduled'`,
      )
      .bind(write.id, write.reason, write.audit.at),
    auditStatement(db, write.slug, write.audit, { sql: 'changes() = 1', params: [] }),
    ...(write.links
      ? [
          registrationMessage(db, {
            message: eventCancelled,
            where: `r.event_id = ?1 AND r.status <> 'cancelled' AND e.status = 'cancelled' AND e.updated_at = ?2`,
            params: [write.id, write.audit.at],
            link: write.links.eventLink(write.slug),
            cancelUrl: null,
            confirmUrl: null,
            dedupeKey: "'event-cancelled:' || r.id || ':' || e.sequence",
            at: write.audit.at,
          }),
        ]
      : []),
  ]);
  return results[0].meta.changes > 0;
}

interface AdminRegistrationRow {
  id: string;
  mode: SeatMode;
  status: RegistrationStatus;
  position: number | null;
  name: string | null;
  guest: number;
  role: string | null;
  territory: string | null;
  has_email: number;
  created_at: string;
  attended: number | null;
}

const SELECT_ADMIN_REGISTRATIONS = `SELECT r.id, r.mode, r.status, ${POSITION} AS position, r.name, r.guest, r.role,
  r.territory, r.email IS NOT NULL AS has_email, r.created_at, r.attended
  FROM registrations r WHERE r.event_id = ?1`;

/** The organisers' order: per mode, seats first, then the waitlist in line, then the cancelled; by time within. */
const ADMIN_ORDER = `r.mode, CASE r.status WHEN 'confirmed' THEN 0 WHEN 'pending_confirmation' THEN 1
  WHEN 'waitlisted' THEN 2 ELSE 3 END, coalesce(r.waitlist_seq, 0), r.created_at, r.id`;

function toAdminRegistration(row: AdminRegistrationRow): AdminRegistration {
  return {
    id: row.id,
    mode: row.mode,
    status: row.status,
    position: row.position,
    name: row.name,
    guest: row.guest === 1,
    role: row.role,
    territory: row.territory,
    hasEmail: row.has_email === 1,
    registeredAt: row.created_at,
    attended: row.attended === null ? null : row.attended === 1,
  };
}

/**
 * Every registration of an event, as organisers see it (never an e-mail).
 *
 * @example
 * const registrations = await listRegistrations(env.DB, event.id);
 */
export async function listRegistrations(db: Db, eventId: number): Promise<AdminRegistration[]> {
  const { results } = await db
    .prepare(`${SELECT_ADMIN_REGISTRATIONS} ORDER BY ${ADMIN_ORDER}`)
    .bind(eventId)
    .all<AdminRegistrationRow>();
  return results.map(toAdminRegistration);
}

/**
 * A chunk of an event's registrations for the CSV export, after `after`
 * (registration time and id), in registration order.
 *
 * @example
 * const chunk = await registrationsChunk(env.DB, event.id, undefined, 500);
 */
export async function registrationsChunk(
  db: Db,
  eventId: number,
  after: { createdAt: string; id: string } | undefined,
  limit: number,
): Promise<AdminRegistration[]> {
  const { results } = await db
    .prepare(
      `${SELECT_ADMIN_REGISTRATIONS} AND (?2 IS NULL OR (r.created_at, r.id) > (?2, ?3))
       ORDER BY r.created_at, r.id LIMIT ?4`,
    )
    .bind(eventId, after?.createdAt ?? null, after?.id ?? null, limit)
    .all<AdminRegistrationRow>();
  return results.map(toAdminRegistration);
}

/**
 * Marks who came, with the audit line, in one transaction; only
 * registrations of this event (the caller checks they all are first).
 *
 * @example
 * await markAttendance(env.DB, { eventId, slug, marks: [{ registration: id, attended: true }], audit });
 */
export async function markAttendance(
  db: Db,
  write: {
    eventId: number;
    slug: string;
    marks: readonly { registration: string; attended: boolean }[];
    audit: EventAudit;
  },
): Promise<void> {
  await db.batch([
    db
      .prepare(
        `UPDATE registrations SET attended = m.value ->> 'attended', updated_at = ?3
         FROM json_each(?2) AS m
         WHERE registrations.id = m.value ->> 'registration' AND registrations.event_id = ?1`,
      )
      .bind(write.eventId, JSON.stringify(write.marks), write.audit.at),
    auditStatement(db, write.slug, write.audit),
  ]);
}

/**
 * Which of `ids` are registrations of the event.
 *
 * @example
 * const known = await registrationsOf(env.DB, event.id, ids);
 */
export async function registrationsOf(db: Db, eventId: number, ids: readonly string[]): Promise<Set<string>> {
  const { results } = await db
    .prepare('SELECT id FROM registrations WHERE event_id = ?1 AND id IN (SELECT value FROM json_each(?2))')
    .bind(eventId, JSON.stringify(ids))
    .all<{ id: string }>();
  return new Set(results.map((row) => row.id));
}

/**
 * Publishes (or corrects) an event's minutes, SEQUENCE + 1, with the audit
 * line, in one transaction; the first publication's time is kept.
 *
 * @example
 * await publishMinutes(env.DB, { id, slug, text, audit });
 */
export async function publishMinutes(
  db: Db,
  write: { id: number; slug: string; text: LocalizedText; audit: EventAudit },
): Promise<void> {
  await db.batch([
    db
      .prepare(
        `UPDATE events SET minutes = ?2, minutes_published_at = coalesce(minutes_published_at, ?3),
           sequence = sequence + 1, updated_at = ?3
         WHERE id = ?1`,
      )
      .bind(write.id, JSON.stringify(write.text), write.audit.at),
    auditStatement(db, write.slug, write.audit),
  ]);
}

/** Who came, counted by role and by territory (EventView.minutes.attendees). */
export interface AttendeeCounts {
  total: number;
  byRole: { role: string; count: number }[];
  byTerritory: { territory: string; count: number }[];
}

/**
 * The attendance figures of an event: those marked as having come.
 *
 * @example
 * const attendees = await attendeeCounts(env.DB, event.id);
 */
export async function attendeeCounts(db: Db, eventId: number): Promise<AttendeeCounts> {
  const [total, roles, territories] = await db.batch<{ key: string; count: number }>([
    db
      .prepare("SELECT '' AS key, count(*) AS count FROM registrations WHERE event_id = ?1 AND attended = 1")
      .bind(eventId),
    db
      .prepare(
        `SELECT coalesce(role, 'unspecified') AS key, count(*) AS count FROM registrations
         WHERE event_id = ?1 AND attended = 1 GROUP BY key ORDER BY count DESC, key`,
      )
      .bind(eventId),
    db
      .prepare(
        `SELECT territory AS key, count(*) AS count FROM registrations
         WHERE event_id = ?1 AND attended = 1 AND territory IS NOT NULL GROUP BY key ORDER BY count DESC, key`,
      )
      .bind(eventId),
  ]);
  return {
    total: total.results[0]?.count ?? 0,
    byRole: roles.results.map((row) => ({ role: row.key, count: row.count })),
    byTerritory: territories.results.map((row) => ({ territory: row.key, count: row.count })),
  };
}

/**
 * The generation of a person's private feed link: 0 until they first reset
 * it (or when they never asked for it), then one more for every reset.
 *
 * @example
 * const generation = await feedGeneration(env.DB, participant.id);
 */
export async function feedGeneration(db: Db, participant: string): Promise<number> {
  const row = await db
    .prepare('SELECT generation FROM event_feeds WHERE participant = ?1')
    .bind(participant)
    .first<{ generation: number }>();
  return row?.generation ?? 0;
}

/**
 * Stores the hash of a person's private feed token of `generation` (the
 * same token every time: it is derived from their id and the generation).
 * The hash is rewritten so that a new `PARTICIPANT_KEY` takes effect, but
 * only while the generation is still the one read: false when a reset came
 * in between (read the generation again).
 *
 * @example
 * const generation = await feedGeneration(env.DB, participant.id);
 * await rememberFeed(env.DB, participant.id, generation, await tokenHash(token), now);
 */
export async function rememberFeed(
  db: Db,
  participant: string,
  generation: number,
  hash: string,
  now: string,
): Promise<boolean> {
  const { meta } = await db
    .prepare(
      `INSERT INTO event_feeds (participant, token_hash, created_at, generation) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (participant) DO UPDATE SET token_hash = excluded.token_hash
       WHERE event_feeds.generation = excluded.generation`,
    )
    .bind(participant, hash, now, generation)
    .run();
  return meta.changes > 0;
}

/**
 * Resets a person's private feed link: replaces the hash of the generation
 * `from` (the one read) with that of `from + 1`, in one statement guarded by
 * the generation, so the old token finds nothing at once. False when another
 * reset came first (read the generation again).
 *
 * @example
 * const from = await feedGeneration(env.DB, participant.id);
 * await resetFeed(env.DB, participant.id, from, await tokenHash(nextToken), now);
 */
export async function resetFeed(
  db: Db,
  participant: string,
  from: number,
  hash: string,
  now: string,
): Promise<boolean> {
  const { meta } = await db
    .prepare(
      `INSERT INTO event_feeds (participant, token_hash, created_at, generation) VALUES (?1, ?2, ?3, ?4 + 1)
       ON CONFLICT (participant) DO UPDATE
         SET token_hash = excluded.token_hash, generation = excluded.generation, created_at = excluded.created_at
       WHERE event_feeds.generation = ?4`,
    )
    .bind(participant, hash, now, from)
    .run();
  return meta.changes > 0;
}

/**
 * The events a private feed's token lists: those its holder registered for
 * and has not cancelled (cancelled events included), latest 500 by start.
 *
 * @example
 * const events = await feedEvents(env.DB, await tokenHash(token));
 */
export async function feedEvents(
  db: Db,
  hash: string,
): Promise<{ found: boolean; events: EventRecord[]; language: Language }> {
  const [feed, events] = await db.batch<{ participant: string } | (EventRow & { language: Language })>([
    db.prepare('SELECT participant FROM event_feeds WHERE token_hash = ?1').bind(hash),
    db
      .prepare(
        `SELECT ${EVENT_COLUMNS}, r.language FROM event_feeds f
           JOIN registrations r ON r.participant = f.participant AND r.status <> 'cancelled'
           JOIN events e ON e.id = r.event_id
         WHERE f.token_hash = ?1 ORDER BY e.starts_at DESC, e.id DESC LIMIT 500`,
      )
      .bind(hash),
  ]);
  const rows = events.results as (EventRow & { language: Language })[];
  return {
    found: feed.results.length > 0,
    events: rows.map(toEventRecord).reverse(),
    language: rows[0]?.language ?? 'fr',
  };
}

/**
 * Confirmed registrations (with an e-mail, not yet reminded) of events that
 * start within their `reminder_hours` of `now`, soonest first.
 *
 * @example
 * for (const due of await dueReminders(env.DB, now, 200)) await sendReminder(env.DB, { …due, … });
 */
export async function dueReminders(
  db: Db,
  now: string,
  limit: number,
): Promise<{ id: string; slug: string }[]> {
  const horizon = new Date(Date.parse(now) + 14 * 86_400_000).toISOString();
  const { results } = await db
    .prepare(
      `SELECT r.id, e.slug FROM events e INDEXED BY events_by_start
         JOIN registrations r ON r.event_id = e.id
       WHERE e.starts_at > ?1 AND e.starts_at <= ?2 AND e.status = 'scheduled' AND e.reminder_hours > 0
         AND e.starts_at <= strftime('%Y-%m-%dT%H:%M:%fZ', ?1, '+' || e.reminder_hours || ' hours')
         AND r.status = 'confirmed' AND r.email IS NOT NULL AND r.reminded_at IS NULL
       ORDER BY e.starts_at, r.id LIMIT ?3`,
    )
    .bind(now, horizon, limit)
    .all<{ id: string; slug: string }>();
  return results;
}

/**
 * Reminds one registrant, once: marks the registration reminded, writes the
 * link of its "I can't come" and enqueues the reminder, in one transaction
 * (only if it was not reminded yet). Returns whether it was this call that
 * reminded them.
 *
 * @example
 * await sendReminder(env.DB, { id, slug, now, cancelToken: await newLinkToken(), links });
 */
export async function sendReminder(
  db: Db,
  reminder: { id: string; slug: string; now: string; cancelToken: LinkToken; links: MailLinks },
): Promise<boolean> {
  const { id, now, cancelToken, links } = reminder;
  const [marked] = await db.batch([
    db
      .prepare(
        `UPDATE registrations SET reminded_at = ?2 WHERE id = ?1 AND reminded_at IS NULL AND status = 'confirmed'`,
      )
      .bind(id, now),
    db
      .prepare(
        `INSERT INTO registration_tokens (token_hash, registration_id, purpose, expires_at, created_at)
         SELECT ?2, r.id, 'cancel', e.ends_at, ?3 FROM registrations r JOIN events e ON e.id = r.event_id
         WHERE r.id = ?1 AND changes() = 1`,
      )
      .bind(id, cancelToken.hash, now),
    registrationMessage(db, {
      message: eventReminder,
      where: 'r.id = (SELECT registration_id FROM registration_tokens WHERE token_hash = ?1)',
      params: [cancelToken.hash],
      link: links.eventLink(reminder.slug),
      cancelUrl: linkUrl(links, 'cancel', cancelToken.token),
      confirmUrl: null,
      dedupeKey: "'event-reminder:' || r.id || ':' || e.starts_at",
      at: now,
    }),
  ]);
  return marked.meta.changes > 0;
}
