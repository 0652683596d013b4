/**
 * Events as the API answers them: the list's summary, the detail as the
 * caller sees it (their registration, whether they may register, links for
 * their calendar), and the organisers' view.
 */
import type { Language } from '../../schema/common.ts';
import type {
  AdminEventView,
  EventSummary,
  EventView,
  REGISTRATION_BARRIERS,
  SeatCount,
  SeatMode,
} from '../../schema/events.ts';
import { eventPageUrl, publicOrigin } from '../config.ts';
import type { Env } from '../env.ts';
import type { Participant } from '../identity/participant.ts';
import { calendarEntry, calendarLinks } from './ics.ts';
import type { AttendeeCounts, EventRecord, MailLinks, OwnRegistration } from './queries.ts';

type Barrier = (typeof REGISTRATION_BARRIERS)[number];

/**
 * The event as lists show it.
 *
 * @example
 * const summaries = records.map(toEventSummary);
 */
export function toEventSummary(event: EventRecord): EventSummary {
  const seats: EventSummary['seats'] = {};
  for (const mode of ['in_person', 'online'] as const) {
    const capacity = event.capacity[mode];
    if (capacity === undefined) continue;
    seats[mode] = seatCount(capacity, event.seats[mode] ?? { taken: 0, waitlisted: 0 });
  }
  return {
    slug: event.slug,
    format: event.format,
    mode: event.mode,
    status: event.status,
    title: event.title,
    themes: event.themes,
    territory: event.territory,
    city: event.city,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    audience: event.audience,
    seats,
    languages: event.languages,
  };
}

function seatCount(capacity: number, counts: { taken: number; waitlisted: number }): SeatCount {
  return {
    capacity,
    taken: counts.taken,
    left: Math.max(0, capacity - counts.taken),
    waitlist: counts.waitlisted,
  };
}

/** Where links to the kit and to an event's page point. */
export interface Links {
  /** The Worker's public origin (`https://participation.smart.coop`). */
  origin: string;
  env: Pick<Env, 'EVENT_PAGE_URL'>;
}

/**
 * The event's `.ics` on the kit.
 *
 * @example
 * icsUrl(links, 'atelier'); // 'https://…/api/v1/events/atelier.ics'
 */
export function icsUrl(links: Links, slug: string, language?: Language): string {
  const url = new URL(`/api/v1/events/${slug}.ics`, links.origin);
  if (language && language !== 'fr') url.searchParams.set('lang', language);
  return url.href;
}

/**
 * The event's page: the host page of EVENT_PAGE_URL, else its `.ics`.
 *
 * @example
 * eventLink(links, 'atelier'); // 'https://smart.coop/agenda?sip-event=atelier'
 */
export function eventLink(links: Links, slug: string): string {
  return eventPageUrl(links.env, slug) ?? icsUrl(links, slug);
}

/**
 * Whether the caller may register now and, if not, the first reason: the
 * event's state, a registration they already hold, then who may register
 * (an anonymous visitor needs the event to be public and open to guests).
 * A full mode is no barrier here: the seats say it, and the waitlist takes them.
 *
 * @example
 * eligibilityOf(event, participant, mine, new Date()); // { canRegister: false, reason: 'members_only' }
 */
export function eligibilityOf(
  event: EventRecord,
  participant: Participant | null,
  mine: OwnRegistration | null,
  now: Date,
): EventView['eligibility'] {
  const refuse = (reason: Barrier) => ({ canRegister: false, reason });
  if (event.status === 'cancelled') return refuse('event_cancelled');
  if (Date.parse(event.endsAt) <= now.getTime()) return refuse('event_past');
  if (mine && mine.status !== 'cancelled') return refuse('already_registered');
  if (participant === null || participant.anonymous) {
    if (event.audience !== 'public' || !event.allowGuests) return refuse('sign_in_required');
  } else if (event.audience === 'members' && !participant.member) {
    return refuse('members_only');
  }
  return { canRegister: true, reason: null };
}

/**
 * The event as `participant` sees it.
 *
 * @example
 * return c.json(toEventView(event, { participant, mine, attendees, now, links, language }));
 */
export function toEventView(
  event: EventRecord,
  context: {
    participant: Participant | null;
    mine: OwnRegistration | null;
    attendees: AttendeeCounts | null;
    now: Date;
    links: Links;
    /** The language of the calendar links' texts. */
    language: Language;
  },
): EventView {
  const entry = calendarEntry(event, context.language, eventLink(context.links, event.slug));
  return {
    ...toEventSummary(event),
    description: event.description,
    place: event.place,
    facilitator: event.facilitator,
    referents: event.referents,
    secretary: event.secretary,
    accessibility: event.accessibility,
    allowGuests: event.allowGuests,
    waitlist: event.waitlist,
    minutes:
      event.minutes === null
        ? null
        : {
            text: event.minutes.text,
            publishedAt: event.minutes.publishedAt,
            attendees: context.attendees ?? { total: 0, byRole: [], byTerritory: [] },
          },
    sequence: event.sequence,
    myRegistration: context.mine
      ? {
          mode: context.mine.mode,
          status: context.mine.status,
          position: context.mine.position,
          registeredAt: context.mine.registeredAt,
        }
      : null,
    eligibility: eligibilityOf(event, context.participant, context.mine, context.now),
    calendar: { ics: icsUrl(context.links, event.slug, context.language), ...calendarLinks(entry) },
  };
}

/**
 * The event as organisers see it: the public view (as nobody in
 * particular) and what only they see.
 *
 * @example
 * return c.json(toAdminEventView(event, { attendees, now, links }), 201);
 */
export function toAdminEventView(
  event: EventRecord,
  context: { attendees: AttendeeCounts | null; now: Date; links: Links },
): AdminEventView {
  return {
    ...toEventView(event, { ...context, participant: null, mine: null, language: 'fr' }),
    onlineUrl: event.onlineUrl,
    reminderHours: event.reminderHours,
    cancelReason: event.cancelReason,
  };
}

/**
 * Where the links of e-mails point: PUBLIC_URL (else the request's origin)
 * and each event's page. A cron run without PUBLIC_URL has no origin: its
 * messages go without links to the kit.
 *
 * @example
 * const links = mailLinks(c.env, c.req.url);
 */
export function mailLinks(env: Pick<Env, 'PUBLIC_URL' | 'EVENT_PAGE_URL'>, requestUrl?: string): MailLinks {
  const origin = publicOrigin(env, requestUrl);
  return {
    origin,
    eventLink: (slug) => eventPageUrl(env, slug) ?? (origin ? icsUrl({ origin, env }, slug) : null),
  };
}

/** The seat modes an event offers. */
export function seatModesOf(event: Pick<EventRecord, 'capacity'>): SeatMode[] {
  return (['in_person', 'online'] as const).filter((mode) => event.capacity[mode] !== undefined);
}
