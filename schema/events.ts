/**
 * The event calendar: workshops and small talks across the territories,
 * registrations with a capacity per mode (in person, online), waitlists that
 * move by themselves, and calendar feeds. What organisers write, what a
 * participant sends, what everyone reads.
 */
import * as v from 'valibot';
import { Audience, Instant, Language, LocalizedText, Role, Slug } from './common.ts';
import { TerritoryCode } from './territories.ts';
import { ThemeView } from './themes.ts';

/** What the event routes answer besides the core problems (schema/problem.ts). */
export const EVENT_PROBLEMS = {
  event_not_found: { status: 404, title: 'Event not found' },
  event_cancelled: { status: 409, title: 'The event is cancelled' },
  event_past: { status: 409, title: 'The event has already taken place' },
  mode_not_offered: { status: 422, title: 'The event is not held in this mode' },
  event_full: { status: 409, title: 'No seat left in this mode, and the event has no waitlist' },
  already_registered: { status: 409, title: 'Already registered for this event' },
  guests_not_allowed: { status: 403, title: 'This event is for signed-in participants' },
  registration_not_found: { status: 404, title: 'Registration not found' },
  confirmation_expired: { status: 410, title: 'The confirmation link has expired' },
  event_has_registrations: {
    status: 409,
    title: 'The change would leave registered people without a seat',
    adminOnly: true,
  },
  event_not_ended: { status: 409, title: 'The event has not ended yet', adminOnly: true },
  event_edit_conflict: {
    status: 409,
    title: 'The event kept changing while this edit was being written',
    adminOnly: true,
  },
} as const;

/** Longest an event may last: lists of what is to come look this far back for events still running. */
export const EVENT_MAX_DAYS = 31;

/** A workshop on one theme, or a short, one-off small talk. */
export const EVENT_FORMATS = ['workshop', 'small_talk'] as const;
/** An event's format: `workshop` (on one theme) or `small_talk`. */
export const EventFormat = v.picklist(EVENT_FORMATS);
export type EventFormat = v.InferOutput<typeof EventFormat>;

/** How people take part: in a room, online, or either (each with its own seats). */
export const EVENT_MODES = ['in_person', 'online', 'hybrid'] as const;
/** How people take part: `in_person`, `online`, or `hybrid` (seats of both kinds). */
export const EventMode = v.picklist(EVENT_MODES);
export type EventMode = v.InferOutput<typeof EventMode>;

/** The seat a registration holds: an event's mode is in person, online, or both (hybrid). */
export const SEAT_MODES = ['in_person', 'online'] as const;
/** A seat: `in_person` or `online`. */
export const SeatMode = v.picklist(SEAT_MODES);
export type SeatMode = v.InferOutput<typeof SeatMode>;

/** `scheduled` until an organiser cancels it (it stays visible, said cancelled, in lists and feeds). */
export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * A registration's state: `pending_confirmation` (a guest who has not yet
 * followed the link in the e-mail: the seat is held until `expiresAt`),
 * `confirmed` (a seat), `waitlisted` (in line for the next free seat of
 * that mode, at `position`), `cancelled`.
 */
export const REGISTRATION_STATUSES = [
  'pending_confirmation',
  'confirmed',
  'waitlisted',
  'cancelled',
] as const;
/** `pending_confirmation` (a guest's held seat), `confirmed`, `waitlisted` or `cancelled`. */
export const RegistrationStatus = v.picklist(REGISTRATION_STATUSES);
export type RegistrationStatus = v.InferOutput<typeof RegistrationStatus>;

/** An IANA time zone, e.g. `Europe/Brussels`: every event is shown in its own, named. */
export const TimeZone = v.pipe(
  v.string(),
  v.maxLength(64),
  v.regex(/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/, 'an IANA time zone like Europe/Brussels'),
);

/** A person named on an event (facilitator, board referent, minute-taker). */
export const EventPerson = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));

/** Where the event happens; `null` for an online event. */
export const EventPlace = v.object({
  /** The venue, e.g. `La Vallée`. */
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  /** Street, postcode and city, one line. */
  address: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
});
export type EventPlace = v.InferOutput<typeof EventPlace>;

/** What a participant with a disability should know before coming. */
export const EventAccessibility = v.object({
  /** The venue can be reached and used without steps (in-person seats). */
  stepFree: v.boolean(),
  /** Interpretation in sign language is provided. */
  signLanguage: v.boolean(),
  /** Anything else (hearing loop, quiet room, captions online…). */
  note: v.nullable(LocalizedText),
});
export type EventAccessibility = v.InferOutput<typeof EventAccessibility>;

/** The seats of one mode: how many in all, taken (confirmed and held for guests), left, and waiting. */
export const SeatCount = v.object({
  /** Seats in all. */
  capacity: v.number(),
  /** Seats confirmed, and held for guests until they confirm. */
  taken: v.number(),
  /** Seats still free (0 when full). */
  left: v.number(),
  /** People on this mode's waitlist. */
  waitlist: v.number(),
});
export type SeatCount = v.InferOutput<typeof SeatCount>;

/** Why a visitor may not register, besides the audience's reasons. */
export const REGISTRATION_BARRIERS = [
  'sign_in_required',
  'members_only',
  'event_cancelled',
  'event_past',
  'already_registered',
] as const;

/** An event as lists show it (`GET /api/v1/events`). */
export const EventSummary = v.object({
  /** Its identifier, as widgets name it (`event="…"`). */
  slug: Slug,
  /** `workshop` (on one theme) or `small_talk`. */
  format: EventFormat,
  /** `in_person`, `online` or `hybrid` (seats of both kinds). */
  mode: EventMode,
  /** `scheduled`, or `cancelled` (still listed, said cancelled). */
  status: v.picklist(EVENT_STATUSES),
  /** Its title in each language. */
  title: LocalizedText,
  /** The themes it is about (a workshop has one; a small talk may have several or none). */
  themes: v.array(ThemeView),
  /** Where (a territory code of GET /api/v1/territories; `en-ligne` for an online event). */
  territory: TerritoryCode,
  /** The city, for lists (the full place is in the event's detail). */
  city: v.nullable(v.string()),
  /** When it starts (ISO 8601, UTC). */
  startsAt: Instant,
  /** When it ends (ISO 8601, UTC). */
  endsAt: Instant,
  /** The IANA time zone it is held in and shown in, e.g. `Europe/Brussels`. */
  timeZone: TimeZone,
  /** Who may register. */
  audience: Audience,
  /** Seats per mode offered (`in_person`, `online`, or both for a hybrid event). */
  seats: v.object({
    /** Seats in the room. */
    in_person: v.optional(SeatCount),
    /** Seats online. */
    online: v.optional(SeatCount),
  }),
  /** Languages spoken at the event. */
  languages: v.array(Language),
});
export type EventSummary = v.InferOutput<typeof EventSummary>;

/** The caller's own registration, when they have one. */
export const MyRegistration = v.object({
  /** The seat they asked for: `in_person` or `online`. */
  mode: SeatMode,
  /** Where it stands. */
  status: RegistrationStatus,
  /** Their place in line (1 is next) while waitlisted; else null. */
  position: v.nullable(v.number()),
  /** When they registered (ISO 8601, UTC). */
  registeredAt: Instant,
});
export type MyRegistration = v.InferOutput<typeof MyRegistration>;

/** An event in full, as the caller sees it (`GET /api/v1/events/:slug`). */
export const EventView = v.object({
  ...EventSummary.entries,
  /** What it is about, in each language (plain text). */
  description: LocalizedText,
  /** The venue; null for an online event. */
  place: v.nullable(EventPlace),
  /** Who leads it, or null. */
  facilitator: v.nullable(EventPerson),
  /** One or two board members (administrateurs référents). */
  referents: v.array(EventPerson),
  /** The minute-taker (secrétariat de séance). */
  secretary: v.nullable(EventPerson),
  /** What a participant with a disability should know. */
  accessibility: EventAccessibility,
  /** Whether people without an account may register with a name and an e-mail (confirmed by a link). */
  allowGuests: v.boolean(),
  /** Whether a full mode puts people on a waitlist (else a full mode refuses). */
  waitlist: v.boolean(),
  /** After the event: the minutes, and who came (by stakeholder role and territory). */
  minutes: v.nullable(
    v.object({
      /** The minute-taker's text, in each language written (up to 20,000 characters each). */
      text: v.object({
        /** French, always there. */
        fr: v.string(),
        /** Dutch, when written. */
        nl: v.optional(v.string()),
        /** English, when written. */
        en: v.optional(v.string()),
      }),
      /** When they were published (ISO 8601, UTC). */
      publishedAt: Instant,
      /** Who came, as organisers marked it. */
      attendees: v.object({
        /** People who came. */
        total: v.number(),
        /** By stakeholder role (`unspecified` when none was given), most first. */
        byRole: v.array(
          v.object({
            /** A stakeholder role, or `unspecified`. */
            role: v.string(),
            /** People of that role who came. */
            count: v.number(),
          }),
        ),
        /** By territory (those who gave one), most first. */
        byTerritory: v.array(
          v.object({
            /** A territory code. */
            territory: TerritoryCode,
            /** People from there who came. */
            count: v.number(),
          }),
        ),
      }),
    }),
  ),
  /** Raised on every change organisers make (the calendar feeds' SEQUENCE). */
  sequence: v.number(),
  /** The caller's own registration (their token's, or their browser's as a guest), or null. */
  myRegistration: v.nullable(MyRegistration),
  /** Whether this caller may register now, and if not, the first reason why. */
  eligibility: v.object({
    /** Whether they may register now (a visitor on an event open to guests may, with a name and an e-mail). */
    canRegister: v.boolean(),
    /** Why not, else null. */
    reason: v.nullable(v.picklist(REGISTRATION_BARRIERS)),
  }),
  /** Links for the visitor's own calendar. */
  calendar: v.object({
    /** This event as an .ics file. */
    ics: v.string(),
    /** Google Calendar's "add an event" page, filled in. */
    google: v.string(),
    /** Outlook on the web's "new event" page, filled in. */
    outlook: v.string(),
  }),
});
export type EventView = v.InferOutput<typeof EventView>;

/** An event as organisers see it (`/api/v1/admin/events`): what the public sees, and what it does not. */
export const AdminEventView = v.object({
  ...EventView.entries,
  /** The online meeting's link (sent to confirmed registrants only). */
  onlineUrl: v.nullable(v.string()),
  /** Hours before the start at which registrants are reminded; 0: none. */
  reminderHours: v.number(),
  /** Why it was cancelled, as the organiser said it; null otherwise. */
  cancelReason: v.nullable(v.string()),
});
export type AdminEventView = v.InferOutput<typeof AdminEventView>;

/** Whether to list what is to come (soonest first) or what happened (latest first). */
export const EVENT_PERIODS = ['upcoming', 'past'] as const;

/** `GET /api/v1/events?when=&from=&to=&theme=&territory=&format=&mode=&cursor=&limit=`. */
export const EventListQuery = v.object({
  /** `upcoming` (the default: not yet ended, soonest first) or `past` (ended, latest first). */
  when: v.optional(v.picklist(EVENT_PERIODS), 'upcoming'),
  /** Only events starting at or after this instant (a month grid asks for its month). */
  from: v.optional(Instant),
  /** Only events starting before this instant. */
  to: v.optional(Instant),
  /** Only the events about this theme (its slug). */
  theme: v.optional(Slug),
  /** Only the events of this territory (`en-ligne` for online ones). */
  territory: v.optional(TerritoryCode),
  /** Only workshops, or only small talks. */
  format: v.optional(EventFormat),
  /** `in_person`: events with seats in person (hybrid ones too); `online`: with seats online (hybrid too); `hybrid`: hybrid ones only. */
  mode: v.optional(EventMode),
  /** Opaque; from the previous page's `nextCursor`. */
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** Events per page, 1 to 100 (20). */
  limit: v.optional(
    v.pipe(v.string(), v.transform(Number), v.integer(), v.minValue(1), v.maxValue(100)),
    '20',
  ),
});
export type EventListQuery = v.InferOutput<typeof EventListQuery>;

/** A page of events. */
export const EventList = v.object({
  /** Events, in the order asked (`upcoming`: soonest first; `past`: latest first). */
  events: v.array(EventSummary),
  /** The `cursor` of the next page; null on the last one. */
  nextCursor: v.nullable(v.string()),
});
export type EventList = v.InferOutput<typeof EventList>;

/** Lengths of a guest's fields, as plain numbers the widget shows before its checks are loaded. */
export const GUEST_NAME_MAX = 120;

/**
 * `POST /api/v1/events/:slug/registrations`. A signed-in participant sends
 * the mode (and may leave an e-mail for the confirmation and the reminder);
 * a guest (no token, on an event that allows guests) also sends a name, an
 * e-mail, consent, and a Turnstile token when the site has a site key.
 */
export const RegistrationInput = v.object({
  /** The seat asked for: `in_person` or `online` (one the event offers). */
  mode: SeatMode,
  /** Required of guests; optional for signed-in people (confirmation, reminder, changes). */
  email: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.trim(), v.email(), v.maxLength(254))])),
  /** A guest's name, shown to organisers only. */
  name: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(GUEST_NAME_MAX))),
  /** The stakeholder role a guest declares (a signed-in person's comes from the token). */
  role: v.optional(Role),
  /** Where the person comes from, for the attendance figures; optional. */
  territory: v.optional(TerritoryCode),
  /** The language of the messages sent about this registration. */
  language: v.optional(Language, 'fr'),
  /** A guest's consent to the processing of their name and e-mail for this event. */
  consent: v.optional(v.boolean()),
  /** Cloudflare Turnstile response, for guests when the site has a Turnstile site key. */
  turnstileToken: v.optional(v.pipe(v.string(), v.maxLength(4096))),
});
export type RegistrationInput = v.InferOutput<typeof RegistrationInput>;

/** The answer to a registration: where the person stands. */
export const RegistrationReceipt = v.object({
  /** The event's slug. */
  event: Slug,
  /** The seat asked for. */
  mode: SeatMode,
  /** Where the registration stands. */
  status: RegistrationStatus,
  /** The place in line (1 is next) while waitlisted; else null. */
  position: v.nullable(v.number()),
  /** A guest's seat is held until then, waiting for the link in the e-mail. */
  expiresAt: v.nullable(Instant),
});
export type RegistrationReceipt = v.InferOutput<typeof RegistrationReceipt>;

/** `POST /api/v1/registrations/confirm` and `/cancel` (the links in the e-mails): the token they carry. */
export const RegistrationTokenInput = v.object({
  /** The token of the e-mailed link (`?token=…`). */
  token: v.pipe(v.string(), v.minLength(16), v.maxLength(128), v.regex(/^[A-Za-z0-9_-]+$/)),
});
export type RegistrationTokenInput = v.InferOutput<typeof RegistrationTokenInput>;

const EventFields = v.object({
  /** Its identifier, for good: lower case letters, digits and hyphens. */
  slug: Slug,
  /** `workshop` (on one theme) or `small_talk`. */
  format: EventFormat,
  /** `in_person`, `online` or `hybrid`. */
  mode: EventMode,
  /** Its title in each language (French required). */
  title: LocalizedText,
  /** What it is about, in each language (French required). */
  description: LocalizedText,
  /** The slugs of the themes it is about (one for a workshop). */
  themes: v.pipe(v.array(Slug), v.maxLength(4)),
  /** Where: a territory code (`en-ligne` for an online event). */
  territory: TerritoryCode,
  /** The venue; null for an online event. */
  place: v.nullable(EventPlace),
  /** When it starts (ISO 8601 with offset). */
  startsAt: Instant,
  /** When it ends (ISO 8601 with offset). */
  endsAt: Instant,
  /** The IANA time zone it is held in, e.g. `Europe/Paris`. */
  timeZone: TimeZone,
  /** Who may register: `public`, `participants` or `members`. */
  audience: Audience,
  /** Seats per mode the event offers: in person for `in_person` and `hybrid`, online for `online` and `hybrid`. */
  capacity: v.object({
    /** Seats in the room. */
    in_person: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))),
    /** Seats online. */
    online: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))),
  }),
  /** Whether a full mode puts people on a waitlist (else it refuses them). */
  waitlist: v.boolean(),
  /** Whether people without an account may register with a name and an e-mail. */
  allowGuests: v.boolean(),
  /** The online meeting's link, sent to confirmed registrants only (never shown publicly). */
  onlineUrl: v.nullable(v.pipe(v.string(), v.url(), v.maxLength(500))),
  /** Languages spoken at the event. */
  languages: v.pipe(v.array(Language), v.minLength(1)),
  /** Who leads it, or null. */
  facilitator: v.nullable(EventPerson),
  /** One or two board members (administrateurs référents). */
  referents: v.pipe(v.array(EventPerson), v.maxLength(2)),
  /** The minute-taker (secrétariat de séance), or null. */
  secretary: v.nullable(EventPerson),
  /** What a participant with a disability should know. */
  accessibility: EventAccessibility,
  /** Hours before the start at which registrants get their reminder (24: the day before); 0: none. */
  reminderHours: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 14)),
});

/**
 * An organiser's event, as written (`POST /api/v1/admin/events`), with the
 * rules that hold for a whole event: it ends after it starts; its seats are
 * those of its mode; a place unless it is online; a workshop is on one
 * theme. An edit is checked with it again once merged into the event.
 */
export const EventInput = v.pipe(
  EventFields,
  v.forward(
    v.check(
      (event) => Date.parse(event.endsAt) > Date.parse(event.startsAt),
      'endsAt must come after startsAt',
    ),
    ['endsAt'],
  ),
  v.forward(
    v.check(
      (event) => Date.parse(event.endsAt) - Date.parse(event.startsAt) <= EVENT_MAX_DAYS * 86_400_000,
      `an event lasts at most ${EVENT_MAX_DAYS} days`,
    ),
    ['endsAt'],
  ),
  v.forward(
    v.check(
      (event) =>
        (event.capacity.in_person !== undefined) === (event.mode !== 'online') &&
        (event.capacity.online !== undefined) === (event.mode !== 'in_person'),
      'seats in person for in_person and hybrid events, online for online and hybrid ones, and no others',
    ),
    ['capacity'],
  ),
  v.forward(
    v.check(
      (event) => (event.place === null) === (event.mode === 'online'),
      'a place unless the event is online',
    ),
    ['place'],
  ),
  v.forward(
    v.check(
      (event) => event.format !== 'workshop' || event.themes.length === 1,
      'a workshop is on one theme',
    ),
    ['themes'],
  ),
);
export type EventInput = v.InferOutput<typeof EventInput>;

/**
 * `PATCH /api/v1/admin/events/:slug`: any field but the slug (the server
 * checks the whole event again, once merged, with `EventInput`); registrants
 * are told of a change to the time, the place or the mode.
 */
export const EventUpdateInput = v.partial(v.omit(EventFields, ['slug']));
export type EventUpdateInput = v.InferOutput<typeof EventUpdateInput>;

/** A registration as organisers see it (`GET /api/v1/admin/events/:slug/registrations`). */
export const AdminRegistration = v.object({
  /** Its reference: what attendance marks name. */
  id: v.string(),
  /** The seat asked for. */
  mode: SeatMode,
  /** Where it stands. */
  status: RegistrationStatus,
  /** The place in line (1 is next) while waitlisted; else null. */
  position: v.nullable(v.number()),
  /** The name: the token's for a signed-in person, the one a guest gave; null when not given. */
  name: v.nullable(v.string()),
  /** Registered without an account, with a name and an e-mail. */
  guest: v.boolean(),
  /** Their stakeholder role (the token's, or the one a guest declared), or null. */
  role: v.nullable(v.string()),
  /** Where they come from, when given. */
  territory: v.nullable(TerritoryCode),
  /** Whether messages reach them by e-mail (the address itself is never shown). */
  hasEmail: v.boolean(),
  /** When they registered (ISO 8601, UTC). */
  registeredAt: Instant,
  /** Marked by organisers after the event; null until then. */
  attended: v.nullable(v.boolean()),
});
export type AdminRegistration = v.InferOutput<typeof AdminRegistration>;

/** `GET /api/v1/admin/events/:slug/registrations`: per mode, confirmed and held seats first, then the waitlist in order, then the cancelled. */
export const AdminRegistrationList = v.object({
  /** Every registration of the event. */
  registrations: v.array(AdminRegistration),
});
export type AdminRegistrationList = v.InferOutput<typeof AdminRegistrationList>;

/** `POST /api/v1/admin/events/:slug/duplicate`: the copy's slug and start (its end keeps the duration). */
export const DuplicateEventInput = v.object({
  /** The copy's slug. */
  slug: Slug,
  /** When the copy starts. */
  startsAt: Instant,
});
export type DuplicateEventInput = v.InferOutput<typeof DuplicateEventInput>;

/** `POST /api/v1/admin/events/:slug/cancel`: why, told to everyone registered. */
export const CancelEventInput = v.object({
  /** Why it is cancelled (in the message to registrants and the audit log). */
  reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(1000))),
});
export type CancelEventInput = v.InferOutput<typeof CancelEventInput>;

/** `GET /api/v1/events/feed`: the signed-in caller's private calendar feed. */
export const EventFeedLink = v.object({
  /** The feed's URL (`…/api/v1/calendar/<token>.ics`): the events they registered for; keep it private. */
  url: v.string(),
});
export type EventFeedLink = v.InferOutput<typeof EventFeedLink>;

/** `PATCH /api/v1/admin/events/:slug/attendance`: who came. */
export const AttendanceInput = v.object({
  /** Who came and who did not, by registration. */
  attendance: v.pipe(
    v.array(
      v.object({
        /** A registration's id (AdminRegistration.id). */
        registration: v.pipe(v.string(), v.maxLength(64)),
        /** Whether they came. */
        attended: v.boolean(),
      }),
    ),
    v.minLength(1),
    v.maxLength(1000),
  ),
});
export type AttendanceInput = v.InferOutput<typeof AttendanceInput>;

/** `PUT /api/v1/admin/events/:slug/minutes`: the minute-taker's text, published with the attendance figures. */
export const MinutesInput = v.object({
  /** The minutes in each language written (French required). */
  text: v.strictObject({
    /** French, always there. */
    fr: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20_000)),
    /** Dutch, when written. */
    nl: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(20_000))),
    /** English, when written. */
    en: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(20_000))),
  }),
});
export type MinutesInput = v.InferOutput<typeof MinutesInput>;
