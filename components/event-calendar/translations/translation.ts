/** The strings of `<sip-event-calendar>` beyond the shared dictionary. */
import type {
  EVENT_PERIODS,
  EVENT_PROBLEMS,
  EventFormat,
  EventMode,
  SeatMode,
} from '../../../schema/events.ts';
import type { Translation } from '../../translations/translation.ts';

export type EventPeriod = (typeof EVENT_PERIODS)[number];
export type CalendarView = 'list' | 'month';

/**
 * The event routes' codes a visitor may meet (all but the organisers' own).
 * Spelt out rather than `PublicProblemCode<typeof EVENT_PROBLEMS>`: that type
 * wants statuses from ProblemDefinition's list, which lacks 410 (`confirmation_expired`).
 */
type EventProblemCode = {
  [K in keyof typeof EVENT_PROBLEMS]: (typeof EVENT_PROBLEMS)[K] extends { adminOnly: true } ? never : K;
}[keyof typeof EVENT_PROBLEMS];

/** Why a visitor may not register, in the visitor's words (the audience's reasons). */
export type RegistrationBarrier = 'sign_in_required' | 'members_only';

/** The guest form's fields that can be wrong, in the form's order. */
export type GuestField = 'mode' | 'name' | 'email' | 'consent';

/** The list's words: what the calendar shows before any event is opened (bundled in French). */
export interface EventCalendarStrings {
  /** The list's accessible name. */
  listLabel: string;

  filtersLabel: string;
  themeLabel: string;
  territoryLabel: string;
  formatLabel: string;
  modeLabel: string;
  whenLabel: string;
  /** The first choice of each filter: no filter. */
  anyTheme: string;
  anyTerritory: string;
  anyFormat: string;
  anyMode: string;
  periods: Record<EventPeriod, string>;
  viewLabel: string;
  views: Record<CalendarView, string>;

  formats: Record<EventFormat, string>;
  modes: Record<EventMode, string>;
  /** The place of an online event. */
  online: string;
  /** A value after its label, e.g. `Sur place : 3 places restantes sur 20`. */
  labelled: (label: string, value: string) => string;
  cancelledBadge: string;

  empty: string;
  /** Announced once a list is loaded: how many events are shown, and whether more follow. */
  found: (count: number, more: boolean) => string;
  loadMore: string;
  seatsLeft: (left: number, capacity: number) => string;
  full: string;

  subscribe: string;

  /** Back from an event's details to the list or the month. */
  back: string;

  /**
   * The words of the details, the guest form, the month and the subscribe
   * panel (see DetailsStrings): in the Dutch and English dictionaries, which
   * are fetched on demand already; French's (fr-details.ts) comes with the
   * code that shows them, so the list's bundle carries only the list's words.
   */
  details?: DetailsStrings;
}

/** The words of the details, the registration, the guest form, the month and the subscribe panel. */
export interface DetailsStrings {
  /** A seat's mode, as a registration holds it. */
  seatModes: Record<SeatMode, string>;

  fullWaitlist: string;

  /** What subscribing does, in plain words, and the ways to do it. */
  subscribeHelp: string;
  subscribeLink: string;
  feedUrlLabel: string;
  copyUrl: string;
  copied: string;
  copyFailed: string;
  /** A signed-in person's private feed of the events they registered for: its button and the group's name. */
  myFeed: string;
  /** That its link is theirs alone. */
  myFeedPrivate: string;
  resetFeed: string;
  /** What a reset does, asked before it is done: the old link stops working. */
  resetWarning: string;
  resetConfirm: string;
  resetCancel: string;
  /** Announced once a new link replaced the old one. */
  feedReset: string;

  whenHeading: string;
  /** The event's time in its own zone, the zone named. */
  inZone: (range: string, zone: string) => string;
  /** The same time in the visitor's zone, when it reads differently. */
  yourTime: (range: string, zone: string) => string;
  whereHeading: string;
  themesLabel: string;
  languagesLabel: string;
  facilitatorLabel: string;
  referentsLabel: string;
  secretaryLabel: string;
  accessibilityLabel: string;
  stepFree: string;
  notStepFree: string;
  signLanguage: string;
  audienceLabel: string;
  seatsLabel: string;
  waiting: (count: number) => string;

  minutesHeading: string;
  attendees: (count: number) => string;
  byRoleLabel: string;
  byTerritoryLabel: string;

  calendarHeading: string;
  downloadIcs: string;
  addToGoogle: string;
  addToOutlook: string;
  newTab: string;

  registrationHeading: string;
  register: string;
  /** Register in one mode of a hybrid event, or join its waitlist when it is full. */
  registerIn: (mode: string) => string;
  joinWaitlist: string;
  joinWaitlistIn: (mode: string) => string;
  chooseMode: string;
  /** Where the visitor stands; `mode` is already in words, `until` formatted. */
  myRegistration: {
    confirmed: (mode: string) => string;
    waitlisted: (mode: string, position: number | null) => string;
    pending_confirmation: (mode: string, until: string | null) => string;
  };
  cancelRegistration: string;
  confirmCancel: string;
  confirmCancelYes: string;
  keepSeat: string;
  registrationCancelled: string;
  eventCancelled: string;
  eventPast: string;
  /** Said once registered, or waitlisted (a guest is asked to confirm by e-mail instead). */
  registered: Record<'confirmed' | 'waitlisted', string>;

  guestStart: string;
  guestIntro: string;
  nameLabel: string;
  emailLabel: string;
  emailHint: string;
  consentLabel: string;
  privacyLink: string;
  guestSubmit: string;
  guestErrors: Record<GuestField, string>;
  checkEmail: (until: string | null) => string;

  previousMonth: string;
  nextMonth: string;
  /** A day of the month grid with events, beside its number. */
  eventsOnDay: (count: number) => string;
  dayHeading: (date: string) => string;
  noEventsOnDay: string;

  /** The messages of the event routes' own codes, and the audience's in this widget's words. */
  problems: Record<EventProblemCode | RegistrationBarrier, string>;
}

/** A dictionary fetched on demand (Dutch, English): its strings, the details' included. */
export type EventCalendarStringsWithDetails = EventCalendarStrings & { details: DetailsStrings };

/** What `<sip-event-calendar>`'s list renders with: the shared dictionary and its own strings. */
export type EventCalendarTranslation = Translation & EventCalendarStrings;

/** What its details, guest form and month render with: all of the above, and the details' words, flat (details.ts). */
export type EventDetailsTranslation = EventCalendarTranslation & DetailsStrings;

/** A message kept as a function of the dictionary, so it follows a later language switch. */
export type Message<T extends EventCalendarTranslation = EventCalendarTranslation> = (t: T) => string;
