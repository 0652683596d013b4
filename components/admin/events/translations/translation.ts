/**
 * The organisers' words, beside the moderation page's own dictionary (whose
 * common words, roles and error messages the events screens use too).
 * Strings that depend on a value are functions, so each language places and
 * inflects them.
 */
import type { Audience, BreakdownRole, Language, Role } from '../../../../schema/common.ts';
import type {
  EVENT_PROBLEMS,
  EventFormat,
  EventMode,
  EventStatus,
  RegistrationStatus,
  SeatMode,
} from '../../../../schema/events.ts';
import type { FieldMessage } from '../form-model.ts';

/** The codes the events screens explain themselves: the feature's own, and core ones the page's dictionary lacks. */
export type EventsProblemCode = keyof typeof EVENT_PROBLEMS | 'slug_taken' | 'territory_not_found';

export interface EventsTranslation {
  $code: Language;

  heading: string;
  /** The button that opens an empty form. */
  create: string;
  /** Back from an event or the form to the list. */
  backToList: string;

  formats: Record<EventFormat, string>;
  modes: Record<EventMode, string>;
  seatModes: Record<SeatMode, string>;
  statuses: Record<EventStatus, string>;
  audiences: Record<Audience, string>;
  languages: Record<Language, string>;

  list: {
    periodLabel: string;
    periods: Record<'upcoming' | 'past', string>;
    caption: Record<'upcoming' | 'past', string>;
    empty: Record<'upcoming' | 'past', string>;
    event: string;
    when: string;
    where: string;
    seats: string;
    /** `En présentiel : 18 / 20 pris, 2 libres` */
    seatCount: (mode: string, taken: number, capacity: number, left: number) => string;
    waitlist: (count: number) => string;
    loaded: (count: number) => string;
  };

  event: {
    facts: string;
    format: string;
    mode: string;
    themes: string;
    noTheme: string;
    territory: string;
    place: string;
    online: string;
    onlineUrl: string;
    none: string;
    when: string;
    audience: string;
    languages: string;
    facilitator: string;
    referents: string;
    secretary: string;
    accessibility: string;
    stepFree: string;
    signLanguage: string;
    guests: string;
    guestsAllowed: string;
    guestsRefused: string;
    waitlist: string;
    waitlistOn: string;
    waitlistOff: string;
    reminderLabel: string;
    /** When registrants get their reminder: `24 heures avant le début`, or none. */
    reminder: (hours: number) => string;
    actions: string;
    edit: string;
    duplicate: string;
    cancel: string;
    cancelledNotice: string;
  };

  form: {
    createHeading: string;
    /** The heading while editing, with the event's title. */
    editHeading: (title: string) => string;
    /** Under the edit form's heading: what registrants are told. */
    editNotice: string;
    about: string;
    when: string;
    where: string;
    who: string;
    accessibility: string;
    slug: string;
    slugHint: string;
    format: string;
    title: string;
    description: string;
    /** A text field's label in one language: `Titre (néerlandais, facultatif)`. */
    inLanguage: (label: string, language: string, optional: boolean) => string;
    themes: string;
    themesHint: string;
    languages: string;
    timeZone: string;
    usualZones: string;
    otherZones: string;
    startsAt: string;
    endsAt: string;
    timesHint: (timeZone: string) => string;
    reminderHours: string;
    reminderHint: string;
    mode: string;
    territory: string;
    chooseTerritory: string;
    placeName: string;
    placeAddress: string;
    capacityInPerson: string;
    capacityOnline: string;
    onlineUrl: string;
    onlineUrlHint: string;
    waitlist: string;
    allowGuests: string;
    audience: string;
    facilitator: string;
    referent: (n: number) => string;
    secretary: string;
    stepFree: string;
    signLanguage: string;
    accessibilityNote: string;
    submitCreate: string;
    submitEdit: string;
    /** The alert above the form when fields need attention. */
    invalid: (count: number) => string;
    unchanged: string;
    created: (title: string) => string;
    saved: (title: string) => string;
  };

  /** Beside a field the API (or the form's own check) refused. */
  fieldErrors: Record<FieldMessage, string>;

  duplicate: {
    heading: string;
    intro: string;
    slug: string;
    startsAt: string;
    submit: string;
    done: (title: string) => string;
  };

  cancel: {
    heading: string;
    /** Who will be told: everyone registered, waitlists included. */
    warning: (count: number) => string;
    reason: string;
    reasonHint: string;
    confirm: string;
    keep: string;
    done: (title: string) => string;
  };

  registrations: {
    heading: string;
    export: string;
    exported: string;
    empty: string;
    /** A mode's table caption: `En présentiel — 18 / 20 places prises, 3 en liste d’attente`. */
    caption: (mode: string, taken: number, capacity: number, waiting: number) => string;
    none: string;
    name: string;
    status: string;
    role: string;
    territory: string;
    email: string;
    registeredAt: string;
    attended: string;
    /** The checkbox's accessible name. */
    attendedBy: (name: string) => string;
    /** A registration without a name. */
    unnamed: (n: number) => string;
    guest: string;
    statuses: Record<RegistrationStatus, string>;
    position: (position: number) => string;
    emailGiven: string;
    emailNone: string;
    attendanceHint: string;
    attendanceLater: string;
    saveAttendance: string;
    attendanceSaved: (present: number, total: number) => string;
  };

  minutes: {
    heading: string;
    intro: string;
    later: string;
    cancelled: string;
    text: string;
    /** Beside the French text when it is missing or too long. */
    required: string;
    /** Beside a Dutch or English text that is too long. */
    tooLong: string;
    publish: string;
    republish: string;
    published: (date: string) => string;
    done: string;
    attendees: string;
    total: (count: number) => string;
    byRole: string;
    byTerritory: string;
    count: string;
    /** The breakdown's categories beyond the roles the page's dictionary names. */
    otherRoles: Record<Exclude<BreakdownRole, Role>, string>;
  };

  problems: Record<EventsProblemCode, string>;
}
