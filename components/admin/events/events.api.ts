/**
 * The organisers' requests (`/api/v1/admin/events`), on the page's admin
 * client: its `call()` carries the named token or the Access cookie, reports
 * a 401 to the page, and turns problems into ApiErrors. The screens never
 * build a URL themselves.
 */
import type {
  AdminRegistration,
  AttendanceInput,
  EventInput,
  EventList,
  EventUpdateInput,
  EventView,
  MinutesInput,
} from '../../../schema/events.ts';
import type { AdminClient } from '../admin.api.ts';

/**
 * An event as organisers read it (`GET /api/v1/admin/events/:slug`): the
 * public view plus what only they see. `reminderHours` is optional because
 * the contract's EventView does not carry it yet; the form then shows the
 * default and sends it only when the organiser changes it.
 */
export type AdminEventView = EventView & {
  /** The online meeting's link, sent to confirmed registrants only. */
  onlineUrl: string | null;
  reminderHours?: number;
};

/** `upcoming` (soonest first) or `past` (latest first), as the public list. */
export type EventPeriod = 'upcoming' | 'past';

/** `POST /api/v1/admin/events/:slug/duplicate`: the copy's slug and start (its length is the original's). */
export interface DuplicateInput {
  slug: string;
  startsAt: string;
}

const path = (slug: string, ...rest: string[]) => ['events', slug, ...rest];

/** A page of the organisers' list. */
export function listEvents(
  client: AdminClient,
  query: { when: EventPeriod; cursor?: string },
  signal?: AbortSignal,
): Promise<EventList> {
  return client.call<EventList>(['events'], { query, signal });
}

/** One event as it now is, with its online link. */
export function getEvent(client: AdminClient, slug: string, signal?: AbortSignal): Promise<AdminEventView> {
  return client.call<AdminEventView>(path(slug), { signal });
}

export function createEvent(client: AdminClient, input: EventInput): Promise<AdminEventView> {
  return client.call<AdminEventView>(['events'], { method: 'POST', body: input });
}

/** Sends only the fields that changed: registrants are told when the time, the place or the mode does. */
export function updateEvent(
  client: AdminClient,
  slug: string,
  input: EventUpdateInput,
): Promise<AdminEventView> {
  return client.call<AdminEventView>(path(slug), { method: 'PATCH', body: input });
}

export function duplicateEvent(
  client: AdminClient,
  slug: string,
  input: DuplicateInput,
): Promise<AdminEventView> {
  return client.call<AdminEventView>(path(slug, 'duplicate'), { method: 'POST', body: input });
}

/** Cancels the event; everyone registered is told. */
export function cancelEvent(client: AdminClient, slug: string, reason?: string): Promise<AdminEventView> {
  return client.call<AdminEventView>(path(slug, 'cancel'), {
    method: 'POST',
    body: reason ? { reason } : {},
  });
}

/** Every registration of the event, each mode's waitlist with its positions. */
export async function listRegistrations(
  client: AdminClient,
  slug: string,
  signal?: AbortSignal,
): Promise<AdminRegistration[]> {
  const answer = await client.call<{ registrations: AdminRegistration[] }>(path(slug, 'registrations'), {
    signal,
  });
  return answer.registrations;
}

/** Who came, in one request. */
export async function saveAttendance(
  client: AdminClient,
  slug: string,
  input: AttendanceInput,
): Promise<void> {
  await client.call<unknown>(path(slug, 'attendance'), { method: 'PATCH', body: input });
}

/** Publishes (or replaces) the minutes; the answer carries the attendance figures. */
export function publishMinutes(
  client: AdminClient,
  slug: string,
  input: MinutesInput,
): Promise<AdminEventView> {
  return client.call<AdminEventView>(path(slug, 'minutes'), { method: 'PUT', body: input });
}

/** The attendees as CSV (UTF-8 with BOM, formula-safe), handed to the browser as a download. */
export function downloadAttendees(client: AdminClient, slug: string, fallbackName: string): Promise<void> {
  return client.download(`events/${slug}/registrations/export.csv`, {}, fallbackName);
}

/** The same file's URL, for a plain link when the Access session cookie signs the organiser in. */
export function attendeesUrl(client: AdminClient, slug: string): URL {
  return client.exportUrl(`events/${slug}/registrations/export.csv`);
}
