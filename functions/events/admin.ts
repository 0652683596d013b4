/**
 * The organisers' routes, /api/v1/admin/events (organisers and admins):
 * create, edit, duplicate and cancel events; their registrations per mode,
 * as CSV, and attendance; the minutes. Every change writes its audit line
 * in the same transaction.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { Instant } from '../../schema/common.ts';
import {
  type AdminEventView,
  type AdminRegistrationList,
  AttendanceInput,
  CancelEventInput,
  DuplicateEventInput,
  EVENT_PERIODS,
  EVENT_PROBLEMS,
  EventInput,
  type EventList,
  EventUpdateInput,
  MinutesInput,
  type SeatMode,
} from '../../schema/events.ts';
import { publicOrigin } from '../config.ts';
import { chunks, csvAttachment, EXPORT_CHUNK, today } from '../lib/csv.ts';
import { decodeCursor, page } from '../lib/cursor.ts';
import { isUniqueViolation } from '../lib/d1-errors.ts';
import type { Db } from '../lib/db.ts';
import { SlugParam } from '../lib/params.ts';
import { type AdminEnv, requireRole } from '../middleware/admin-auth.ts';
import { KB, parseOrThrow, validate } from '../middleware/validate.ts';
import { deliverSoon } from '../outbox/delivery.ts';
import { ProblemError, problemsOf } from '../problems.ts';
import {
  attendeeCounts,
  cancelEvent,
  type EventAudit,
  type EventKeyset,
  type EventRecord,
  type EventWrite,
  insertEvent,
  knownThemes,
  listEvents,
  listRegistrations,
  loadEvent,
  markAttendance,
  publishMinutes,
  registrationsChunk,
  registrationsOf,
  standingByMode,
  territoryExists,
  updateEvent,
} from './queries.ts';
import { isKnownTimeZone } from './timezone.ts';
import { promotionTokens } from './tokens.ts';
import { type Links, mailLinks, seatModesOf, toAdminEventView, toEventSummary } from './view.ts';

const eventProblem = problemsOf(EVENT_PROBLEMS);

const PAGE_SIZE = 50;
/** Seats a capacity raise fills at once, per mode; the waitlist sweep fills any more. */
const PROMOTIONS_PER_EDIT = 50;
/** Slugs the public routes use for themselves. */
const RESERVED_SLUGS = new Set(['feed']);

const AdminListQuery = v.object({
  /** `upcoming` (the default: not yet ended, soonest first) or `past` (ended, latest first). */
  when: v.optional(v.picklist(EVENT_PERIODS), 'upcoming'),
  /** Opaque; from the previous page's `nextCursor`. */
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
const CursorKeyset = v.pipe(
  v.tuple([Instant, v.pipe(v.number(), v.integer(), v.minValue(1))]),
  v.transform(([startsAt, id]): EventKeyset => ({ startsAt, id })),
);

/**
 * An event with every text at its maximum (2,000 characters in three
 * languages for the title, the description and the accessibility note),
 * each character escaped as \uXXXX (6 bytes): about 110 KB.
 */
const eventBody = { maxBytes: 128 * KB };
/** Minutes: 20,000 characters in three languages, escaped: about 360 KB. */
const minutesBody = { maxBytes: 384 * KB };
/** 1,000 marks of a 64-character id: under 96 KB. */
const attendanceBody = { maxBytes: 96 * KB };

function linksOf(c: { env: AdminEnv['Bindings']; req: { url: string } }): Links {
  return { origin: publicOrigin(c.env, c.req.url) ?? new URL(c.req.url).origin, env: c.env };
}

async function requireEvent(db: Db, slug: string): Promise<EventRecord> {
  const found = await loadEvent(db, slug, null);
  if (!found) throw eventProblem('event_not_found', `There is no event "${slug}".`);
  return found.event;
}

async function adminView(db: Db, slug: string, links: Links): Promise<AdminEventView> {
  const event = await requireEvent(db, slug);
  const attendees = event.minutes ? await attendeeCounts(db, event.id) : null;
  return toAdminEventView(event, { attendees, now: new Date(), links });
}

function audit(
  actor: string,
  action: EventAudit['action'],
  from: EventRecord['status'],
  to: EventRecord['status'],
  note: string | null = null,
): EventAudit {
  return { actor, action, from, to, note, at: new Date().toISOString() };
}

export const adminEvents = new Hono<AdminEnv>()
  .use(requireRole('organiser'))
  .get('/', validate('query', AdminListQuery), async (c) => {
    const { when, cursor } = c.req.valid('query');
    const rows = await listEvents(c.get('db'), {
      when,
      now: new Date().toISOString(),
      after: cursor === undefined ? undefined : decodeCursor(cursor, CursorKeyset),
      limit: PAGE_SIZE + 1,
    });
    const { items, nextCursor } = page(rows, PAGE_SIZE, (last) => [last.startsAt, last.id]);
    return c.json({ events: items.map(toEventSummary), nextCursor } satisfies EventList);
  })
  .post('/', validate('json', EventInput, eventBody), async (c) => {
    const input = c.req.valid('json');
    const db = c.get('db');
    if (RESERVED_SLUGS.has(input.slug)) {
      throw new ProblemError('slug_taken', `"${input.slug}" is reserved; choose another slug.`);
    }
    const event = await toEventWrite(db, input);
    try {
      await insertEvent(db, {
        slug: input.slug,
        uid: newUid(),
        event,
        audit: audit(c.get('admin').name, 'create', 'scheduled', 'scheduled'),
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ProblemError('slug_taken', `An event "${input.slug}" already exists.`);
      throw error;
    }
    return c.json(await adminView(db, input.slug, linksOf(c)), 201);
  })
  .get('/:slug', validate('param', SlugParam), async (c) =>
    c.json(await adminView(c.get('db'), c.req.valid('param').slug, linksOf(c))),
  )
  .patch('/:slug', validate('param', SlugParam), validate('json', EventUpdateInput, eventBody), async (c) => {
    const { slug } = c.req.valid('param');
    const input = c.req.valid('json');
    const db = c.get('db');
    // A concurrent edit moves the sequence: read, merge and write again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const record = await requireEvent(db, slug);
      if (record.status === 'cancelled') {
        throw eventProblem('event_cancelled', 'A cancelled event cannot be edited.');
      }
      const merged = parseOrThrow(
        EventInput,
        { ...inputOf(record), ...input, slug },
        'The event would not be valid after this change.',
      );
      const event = await toEventWrite(db, merged);
      await refuseStrandedRegistrations(db, record, event);
      const written = await updateEvent(db, {
        record,
        event,
        previousStart: record.startsAt,
        mail: { links: mailLinks(c.env, c.req.url), changed: noticeableChange(record, event) },
        audit: audit(c.get('admin').name, 'edit', record.status, record.status, changedFields(record, input)),
        promotions: await promotionsFor(record, event),
      });
      if (written) {
        deliverSoon(c);
        return c.json(await adminView(db, slug, linksOf(c)));
      }
    }
    // Three edits in a row won the race: the organiser reads the event again rather than overwrite them blind.
    throw eventProblem(
      'event_edit_conflict',
      `"${slug}" was changed by someone else while this edit was being written: reload it and edit again.`,
    );
  })
  .post(
    '/:slug/duplicate',
    validate('param', SlugParam),
    validate('json', DuplicateEventInput, { maxBytes: 4 * KB }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const copy = c.req.valid('json');
      const db = c.get('db');
      const source = await requireEvent(db, slug);
      if (RESERVED_SLUGS.has(copy.slug)) {
        throw new ProblemError('slug_taken', `"${copy.slug}" is reserved; choose another slug.`);
      }
      const startsAt = new Date(copy.startsAt).toISOString();
      const duration = Date.parse(source.endsAt) - Date.parse(source.startsAt);
      const input = {
        ...inputOf(source),
        slug: copy.slug,
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + duration).toISOString(),
      };
      const event = await toEventWrite(db, parseOrThrow(EventInput, input, 'The copy would not be valid.'));
      try {
        await insertEvent(db, {
          slug: copy.slug,
          uid: newUid(),
          event,
          audit: audit(c.get('admin').name, 'duplicate', 'scheduled', 'scheduled', `copy of ${slug}`),
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new ProblemError('slug_taken', `An event "${copy.slug}" already exists.`);
        }
        throw error;
      }
      return c.json(await adminView(db, copy.slug, linksOf(c)), 201);
    },
  )
  .post(
    '/:slug/cancel',
    validate('param', SlugParam),
    validate('json', CancelEventInput, { maxBytes: 8 * KB }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const { reason } = c.req.valid('json');
      const db = c.get('db');
      const record = await requireEvent(db, slug);
      const done = await cancelEvent(db, {
        id: record.id,
        slug,
        reason: reason || null,
        audit: audit(c.get('admin').name, 'cancel', 'scheduled', 'cancelled', reason || null),
        links: mailLinks(c.env, c.req.url),
      });
      if (!done) throw eventProblem('event_cancelled', 'The event was already cancelled.');
      deliverSoon(c);
      return c.json(await adminView(db, slug, linksOf(c)));
    },
  )
  .get('/:slug/registrations', validate('param', SlugParam), async (c) => {
    const record = await requireEvent(c.get('db'), c.req.valid('param').slug);
    return c.json({
      registrations: await listRegistrations(c.get('db'), record.id),
    } satisfies AdminRegistrationList);
  })
  .get('/:slug/registrations/export.csv', validate('param', SlugParam), async (c) => {
    const { slug } = c.req.valid('param');
    const record = await requireEvent(c.get('db'), slug);
    return csvAttachment(
      `registrations-${slug}-${today()}.csv`,
      REGISTRATION_COLUMNS,
      chunks(
        (after: { createdAt: string; id: string } | undefined) =>
          registrationsChunk(c.get('db'), record.id, after, EXPORT_CHUNK),
        (last) => ({ createdAt: last.registeredAt, id: last.id }),
        (registration) => [
          registration.id,
          registration.mode,
          registration.status,
          registration.position,
          registration.name,
          registration.guest,
          registration.role,
          registration.territory,
          registration.hasEmail,
          registration.registeredAt,
          registration.attended,
        ],
      ),
    );
  })
  .patch(
    '/:slug/attendance',
    validate('param', SlugParam),
    validate('json', AttendanceInput, attendanceBody),
    async (c) => {
      const { slug } = c.req.valid('param');
      const { attendance } = c.req.valid('json');
      const db = c.get('db');
      const record = await requireEvent(db, slug);
      const ids = attendance.map((mark) => mark.registration);
      const known = await registrationsOf(db, record.id, ids);
      const unknown = ids.flatMap((id, index) => (known.has(id) ? [] : [{ id, index }]));
      if (unknown.length > 0) {
        throw eventProblem('registration_not_found', 'Some registrations are not this event’s.', {
          issues: unknown.slice(0, 10).map(({ index }) => ({
            path: `attendance.${index}.registration`,
            message: 'not a registration of this event',
          })),
        });
      }
      const came = attendance.filter((mark) => mark.attended).length;
      await markAttendance(db, {
        eventId: record.id,
        slug,
        marks: attendance,
        audit: audit(
          c.get('admin').name,
          'attendance',
          record.status,
          record.status,
          `${came} came, ${attendance.length - came} did not`,
        ),
      });
      return c.json({
        registrations: await listRegistrations(db, record.id),
      } satisfies AdminRegistrationList);
    },
  )
  .put(
    '/:slug/minutes',
    validate('param', SlugParam),
    validate('json', MinutesInput, minutesBody),
    async (c) => {
      const { slug } = c.req.valid('param');
      const { text } = c.req.valid('json');
      const db = c.get('db');
      const record = await requireEvent(db, slug);
      if (record.status === 'cancelled')
        throw eventProblem('event_cancelled', 'A cancelled event has no minutes.');
      if (Date.parse(record.endsAt) > Date.now()) {
        throw eventProblem('event_not_ended', 'Minutes are published once the event is over.');
      }
      await publishMinutes(db, {
        id: record.id,
        slug,
        text: Object.fromEntries(Object.entries(text).filter(([, value]) => value)) as MinutesInput['text'],
        audit: audit(c.get('admin').name, 'minutes', record.status, record.status),
      });
      return c.json(await adminView(db, slug, linksOf(c)));
    },
  );

/** The CSV export's columns. */
export const REGISTRATION_COLUMNS = [
  'id',
  'mode',
  'status',
  'position',
  'name',
  'guest',
  'role',
  'territory',
  'has_email',
  'registered_at',
  'attended',
] as const;

/** A UID for a new event: random, with the kit's domain as RFC 5545 suggests. */
function newUid(): string {
  return `${crypto.randomUUID()}@smart-in-progress`;
}

/** A stored event as organisers wrote it (what an edit is merged into). */
function inputOf(record: EventRecord): EventInput {
  return {
    slug: record.slug,
    format: record.format,
    mode: record.mode,
    title: record.title,
    description: record.description,
    themes: record.themes.map((theme) => theme.slug),
    territory: record.territory,
    place: record.place,
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    timeZone: record.timeZone,
    audience: record.audience,
    capacity: record.capacity,
    waitlist: record.waitlist,
    allowGuests: record.allowGuests,
    onlineUrl: record.onlineUrl,
    languages: record.languages,
    facilitator: record.facilitator,
    referents: record.referents,
    secretary: record.secretary,
    accessibility: record.accessibility,
    reminderHours: record.reminderHours,
  };
}

/**
 * The columns of a valid event: instants in UTC `toISOString()` text (which
 * the SQL compares as text), the city read from the address; an unknown
 * time zone (400), theme (404) or territory (422) refused.
 */
async function toEventWrite(db: Db, input: EventInput): Promise<EventWrite> {
  if (!isKnownTimeZone(input.timeZone)) {
    throw new ProblemError('validation_failed', 'The request body is not valid.', {
      issues: [{ path: 'timeZone', message: 'not a time zone this server knows' }],
    });
  }
  const themes = [...new Set(input.themes)];
  const known = await knownThemes(db, themes);
  const missing = themes.filter((theme) => !known.has(theme));
  if (missing.length > 0) throw new ProblemError('theme_not_found', `There is no theme "${missing[0]}".`);
  if (!(await territoryExists(db, input.territory))) {
    throw new ProblemError('territory_not_found', `There is no territory "${input.territory}".`, {
      issues: [{ path: 'territory', message: 'not one of GET /api/v1/territories' }],
    });
  }
  return {
    format: input.format,
    mode: input.mode,
    title: input.title,
    description: input.description,
    themes,
    territory: input.territory,
    place: input.place,
    city: input.place ? cityOf(input.place.address) : null,
    startsAt: new Date(input.startsAt).toISOString(),
    endsAt: new Date(input.endsAt).toISOString(),
    timeZone: input.timeZone,
    audience: input.audience,
    capacity: input.capacity,
    waitlist: input.waitlist,
    allowGuests: input.allowGuests,
    onlineUrl: input.onlineUrl,
    languages: [...new Set(input.languages)],
    facilitator: input.facilitator,
    referents: input.referents,
    secretary: input.secretary,
    accessibility: input.accessibility,
    reminderHours: input.reminderHours,
  };
}

/**
 * The city of a one-line address: its last comma-separated part, without
 * the postcode (`Rue Royale 2, 1000 Bruxelles` → `Bruxelles`).
 *
 * @example
 * cityOf('12 rue de la Paix, 75002 Paris'); // 'Paris'
 */
export function cityOf(address: string): string | null {
  const last = address.split(',').at(-1)?.trim() ?? '';
  const city = last.replace(/^(?:[A-Z]{1,2}-?)?\d{4,5}\s+/, '').trim();
  return city === '' ? null : city;
}

/**
 * 409 `event_has_registrations` when the edit would drop a mode people
 * stand in, or cut a capacity below the seats taken.
 */
async function refuseStrandedRegistrations(db: Db, record: EventRecord, event: EventWrite): Promise<void> {
  const standing = await standingByMode(db, record.id);
  for (const mode of ['in_person', 'online'] as const) {
    const capacity = event.capacity[mode];
    if (capacity === undefined && (standing[mode] ?? 0) > 0) {
      throw eventProblem(
        'event_has_registrations',
        `${standing[mode]} registration(s) stand for ${mode.replace('_', ' ')} seats: cancel them before dropping the mode.`,
      );
    }
    const taken = record.seats[mode]?.taken ?? 0;
    if (capacity !== undefined && capacity < taken) {
      throw eventProblem(
        'event_has_registrations',
        `${taken} ${mode.replace('_', ' ')} seats are taken: the capacity cannot go below that.`,
      );
    }
  }
}

/** One possible promotion per seat a larger capacity frees for someone waiting. */
async function promotionsFor(
  record: EventRecord,
  event: EventWrite,
): Promise<{ mode: SeatMode; tokens: Awaited<ReturnType<typeof promotionTokens>>[number] }[]> {
  const promotions: { mode: SeatMode; tokens: Awaited<ReturnType<typeof promotionTokens>>[number] }[] = [];
  for (const mode of seatModesOf(record)) {
    const capacity = event.capacity[mode];
    const counts = record.seats[mode];
    if (capacity === undefined || !counts) continue;
    const movable = Math.min(capacity - counts.taken, counts.waitlisted, PROMOTIONS_PER_EDIT);
    for (const tokens of await promotionTokens(Math.max(0, movable))) promotions.push({ mode, tokens });
  }
  return promotions;
}

/** Whether registrants are told of an edit: a change of time, time zone, place or mode. */
function noticeableChange(record: EventRecord, event: EventWrite): boolean {
  return (
    record.startsAt !== event.startsAt ||
    record.endsAt !== event.endsAt ||
    record.timeZone !== event.timeZone ||
    record.mode !== event.mode ||
    JSON.stringify(record.place) !== JSON.stringify(event.place)
  );
}

/** The fields an edit sent, for the audit line. */
function changedFields(record: EventRecord, input: EventUpdateInput): string | null {
  const current = inputOf(record) as Record<string, unknown>;
  const changed = Object.entries(input)
    .filter(([field, value]) => JSON.stringify(current[field]) !== JSON.stringify(value))
    .map(([field]) => field);
  return changed.length > 0 ? `changed: ${changed.join(', ')}` : null;
}
