/**
 * What the calendar's test files share: events as the API answers them,
 * built to (and parsed by) the schemas, and a stub of the event routes that
 * keeps its seats and registrations the way the Worker does, so a test can
 * register, cancel and read the event again.
 */
import * as v from 'valibot';
import {
  EventList,
  EventSummary,
  EventView,
  type MyRegistration,
  RegistrationReceipt,
  type SeatMode,
} from '../../schema/events.ts';
import { serveCatalog, THEME } from '../internal/catalog-fixtures.ts';
import {
  type FetchStub,
  jsonResponse,
  problemResponse,
  type RecordedCall,
  stubFetch,
} from '../internal/test-helpers.ts';

export const API = 'https://api.test/api/v1/';

const DAY = 24 * 60 * 60 * 1000;
/** An instant `days` from now at `hour`:00 UTC. */
export function at(days: number, hour: number): string {
  const day = new Date(Date.now() + days * DAY);
  day.setUTCHours(hour, 0, 0, 0);
  return day.toISOString();
}

type EventViewInput = v.InferInput<typeof EventView>;

function calendarLinks(slug: string) {
  return {
    ics: `${API}events/${slug}.ics`,
    google: `https://calendar.google.com/calendar/render?action=TEMPLATE&text=${slug}`,
    outlook: `https://outlook.live.com/calendar/0/deeplink/compose?subject=${slug}`,
  };
}

/** A workshop in Brussels on the first theme, in person, 12 seats left of 20, open to everyone, guests welcome. */
export function workshop(overrides: Partial<EventViewInput> = {}): EventView {
  const slug = overrides.slug ?? 'atelier-pour-qui-bruxelles';
  return v.parse(EventView, {
    slug,
    format: 'workshop',
    mode: 'in_person',
    status: 'scheduled',
    title: {
      fr: 'Atelier : pour qui et avec qui ?',
      nl: 'Workshop: voor wie en met wie?',
      en: 'Workshop: for whom and with whom?',
    },
    themes: [THEME],
    territory: 'bruxelles',
    city: 'Bruxelles',
    startsAt: at(10, 17),
    endsAt: at(10, 19),
    timeZone: 'Europe/Brussels',
    audience: 'public',
    seats: { in_person: { capacity: 20, taken: 8, left: 12, waitlist: 0 } },
    languages: ['fr', 'nl'],
    description: {
      fr: 'Qui sont les membres de Smart ?\nDébat ouvert.\n\nApportez vos questions.',
      nl: 'Wie zijn de leden van Smart?\n\nBreng je vragen mee.',
      en: 'Who are Smart’s members?\n\nBring your questions.',
    },
    place: { name: 'La Vallée', address: 'Rue Adolphe Lavallée 39, 1080 Bruxelles' },
    facilitator: 'Camille Dupont',
    referents: ['Jan Peeters', 'Sofia Martin'],
    secretary: 'Léa Dubois',
    accessibility: { stepFree: true, signLanguage: false, note: { fr: 'Boucle magnétique à l’accueil.' } },
    allowGuests: true,
    waitlist: true,
    minutes: null,
    sequence: 0,
    myRegistration: null,
    eligibility: { canRegister: true, reason: null },
    calendar: calendarLinks(slug),
    ...overrides,
  });
}

/** An online small talk for signed-in participants, without guests. */
export function smallTalk(overrides: Partial<EventViewInput> = {}): EventView {
  const slug = overrides.slug ?? 'small-talk-outils';
  return workshop({
    slug,
    format: 'small_talk',
    mode: 'online',
    title: { fr: 'Small talk : nos outils en ligne', en: 'Small talk: our online tools' },
    themes: [],
    territory: 'en-ligne',
    city: null,
    place: null,
    startsAt: at(12, 12),
    endsAt: at(12, 13),
    audience: 'participants',
    seats: { online: { capacity: 30, taken: 5, left: 25, waitlist: 0 } },
    allowGuests: false,
    accessibility: { stepFree: false, signLanguage: true, note: null },
    facilitator: null,
    referents: [],
    secretary: null,
    calendar: calendarLinks(slug),
    ...overrides,
  });
}

/** A hybrid workshop in Lille (Europe/Paris): no seat left in the room (3 waiting), 10 online. */
export function hybrid(overrides: Partial<EventViewInput> = {}): EventView {
  const slug = overrides.slug ?? 'atelier-hybride-lille';
  return workshop({
    slug,
    mode: 'hybrid',
    title: {
      fr: 'Atelier hybride à Lille',
      nl: 'Hybride workshop in Rijsel',
      en: 'Hybrid workshop in Lille',
    },
    territory: 'hauts-de-france',
    city: 'Lille',
    timeZone: 'Europe/Paris',
    place: { name: 'La Maison de l’économie', address: '1 place de la Gare, 59000 Lille' },
    seats: {
      in_person: { capacity: 15, taken: 15, left: 0, waitlist: 3 },
      online: { capacity: 50, taken: 40, left: 10, waitlist: 0 },
    },
    calendar: calendarLinks(slug),
    ...overrides,
  });
}

/** A past workshop with its minutes and attendance. */
export function pastWorkshop(overrides: Partial<EventViewInput> = {}): EventView {
  const slug = overrides.slug ?? 'atelier-passe-liege';
  return workshop({
    slug,
    title: { fr: 'Atelier passé à Liège' },
    territory: 'wallonie',
    city: 'Liège',
    startsAt: at(-20, 17),
    endsAt: at(-20, 19),
    eligibility: { canRegister: false, reason: 'event_past' },
    minutes: {
      text: { fr: 'Premier point : les publics.\n\nSecond point : la suite.' },
      publishedAt: at(-18, 10),
      attendees: {
        total: 14,
        byRole: [
          { role: 'freelancer', count: 9 },
          { role: 'member', count: 5 },
        ],
        byTerritory: [{ territory: 'wallonie', count: 14 }],
      },
    },
    calendar: calendarLinks(slug),
    ...overrides,
  });
}

/** An event as lists show it: its summary fields only. */
export function summary(view: EventView): EventSummary {
  const entries = Object.keys(EventSummary.entries) as (keyof EventSummary)[];
  return v.parse(EventSummary, Object.fromEntries(entries.map((key) => [key, view[key]])));
}

export interface EventApi {
  stub: FetchStub;
  /** The events as the stub now holds them (seats and the visitor's registration follow the requests). */
  events: Map<string, EventView>;
  /** The list requests, for their filters. */
  lists: () => RecordedCall[];
}

interface ServeOptions {
  /** Pages of the list, in order (the first for the first request, the next for its cursor…); default: one page of every event. */
  pages?: EventView[][];
  /** Answers a call before the stub does (a failure, a slow answer); undefined lets the stub answer. */
  before?: (call: RecordedCall) => Response | Promise<Response> | undefined;
}

const MINE = /\/events\/([^/]+)\/registrations\/mine$/;
const REGISTER = /\/events\/([^/]+)\/registrations$/;
const ONE = /\/events\/([^/]+)$/;

/**
 * Stubs the event routes (and the catalog) over `views`. Registering takes a
 * seat of the mode, or a place on its waitlist when it is full; a guest's
 * seat awaits confirmation; cancelling frees it. Everything is parsed with the
 * schemas, so an answer the widget gets is one the Worker could give.
 */
export function serveEvents(views: EventView[], options: ServeOptions = {}): EventApi {
  const events = new Map(views.map((view) => [view.slug, structuredClone(view)]));
  const pages = options.pages ?? [views];
  const list = (cursor: string | null): Response => {
    const index = cursor ? Number(cursor) : 0;
    const page = pages[index].map((view) => summary(events.get(view.slug) ?? view));
    const nextCursor = index + 1 < pages.length ? String(index + 1) : null;
    return jsonResponse(v.parse(EventList, { events: page, nextCursor }));
  };
  const stub = stubFetch(async (call) => {
    const early = await options.before?.(call);
    if (early) return early;
    const catalog = serveCatalog(call);
    if (catalog) return catalog;
    const path = call.url.pathname;
    if (path.endsWith('/events')) return list(call.url.searchParams.get('cursor'));
    const slug = decodeURIComponent((MINE.exec(path) ?? REGISTER.exec(path) ?? ONE.exec(path))?.[1] ?? '');
    const event = events.get(slug);
    if (!event) return problemResponse(404, 'event_not_found');
    if (call.method === 'DELETE') return cancel(event);
    if (call.method === 'POST') return register(event, call);
    return jsonResponse(v.parse(EventView, event));
  });
  return { stub, events, lists: () => stub.calls.filter((call) => call.url.pathname.endsWith('/events')) };
}

function register(event: EventView, call: RecordedCall): Response {
  const body = call.body as { mode: SeatMode; name?: string; email?: string; consent?: boolean };
  const guest = !call.headers.has('Authorization');
  if (guest && !(body.name && body.email && body.consent)) return problemResponse(400, 'validation_failed');
  if (event.myRegistration && event.myRegistration.status !== 'cancelled')
    return problemResponse(409, 'already_registered');
  const seats = event.seats[body.mode];
  if (!seats) return problemResponse(422, 'mode_not_offered');
  const full = seats.left === 0;
  if (full) seats.waitlist += 1;
  else {
    seats.left -= 1;
    seats.taken += 1;
  }
  const status = full ? 'waitlisted' : guest ? 'pending_confirmation' : 'confirmed';
  const mine: MyRegistration = {
    mode: body.mode,
    status,
    position: full ? seats.waitlist : null,
    registeredAt: new Date().toISOString(),
  };
  event.myRegistration = mine;
  event.eligibility = { canRegister: false, reason: 'already_registered' };
  const expiresAt = guest ? new Date(Date.now() + 2 * 60 * 60 * 1000).toISOString() : null;
  return jsonResponse(
    v.parse(RegistrationReceipt, {
      event: event.slug,
      mode: mine.mode,
      status,
      position: mine.position,
      expiresAt,
    }),
    201,
  );
}

function cancel(event: EventView): Response {
  const mine = event.myRegistration;
  if (!mine || mine.status === 'cancelled') return problemResponse(404, 'registration_not_found');
  const seats = event.seats[mine.mode];
  if (seats && mine.status === 'waitlisted') seats.waitlist -= 1;
  else if (seats) {
    seats.left += 1;
    seats.taken -= 1;
  }
  event.myRegistration = null;
  event.eligibility = { canRegister: true, reason: null };
  return jsonResponse(
    v.parse(RegistrationReceipt, {
      event: event.slug,
      mode: mine.mode,
      status: 'cancelled',
      position: null,
      expiresAt: null,
    }),
  );
}
