/**
 * The event form's model: what the organiser types (a draft of strings and
 * choices, kept as typed whatever happens), the EventInput it becomes, the
 * fields an issue's dotted path points at, and the fields an edit changed.
 */
import * as v from 'valibot';
import type { Audience, Language, LocalizedText } from '../../../schema/common.ts';
import type { EventFormat, EventMode } from '../../../schema/events.ts';
import { EventInput, type EventUpdateInput } from '../../../schema/events.ts';
import type { ProblemIssue } from '../../../schema/problem.ts';
import type { AdminEventView } from './events.api.ts';
import { instantToZoned, USUAL_TIME_ZONES, zonedToInstant } from './time.ts';

/** A text in French, with Dutch and English left empty when not written. */
export type TextDraft = Record<Language, string>;

export interface EventDraft {
  slug: string;
  format: EventFormat;
  mode: EventMode;
  title: TextDraft;
  description: TextDraft;
  themes: string[];
  territory: string;
  placeName: string;
  placeAddress: string;
  /** `YYYY-MM-DDTHH:mm`, in `timeZone`. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  audience: Audience;
  capacityInPerson: string;
  capacityOnline: string;
  waitlist: boolean;
  allowGuests: boolean;
  onlineUrl: string;
  languages: Language[];
  facilitator: string;
  referents: [string, string];
  secretary: string;
  stepFree: boolean;
  signLanguage: boolean;
  accessibilityNote: TextDraft;
  reminderHours: string;
}

const emptyText = (): TextDraft => ({ fr: '', nl: '', en: '' });

/** A new event's defaults: a workshop in person in Brussels' time zone, open to all, with a waitlist. */
export function newDraft(): EventDraft {
  return {
    slug: '',
    format: 'workshop',
    mode: 'in_person',
    title: emptyText(),
    description: emptyText(),
    themes: [],
    territory: '',
    placeName: '',
    placeAddress: '',
    startsAt: '',
    endsAt: '',
    timeZone: USUAL_TIME_ZONES[0],
    audience: 'public',
    capacityInPerson: '',
    capacityOnline: '',
    waitlist: true,
    allowGuests: false,
    onlineUrl: '',
    languages: ['fr'],
    facilitator: '',
    referents: ['', ''],
    secretary: '',
    stepFree: false,
    signLanguage: false,
    accessibilityNote: emptyText(),
    reminderHours: '24',
  };
}

const textDraft = (text: LocalizedText | null): TextDraft => ({
  fr: text?.fr ?? '',
  nl: text?.nl ?? '',
  en: text?.en ?? '',
});

/** The form filled with an event as it is, to edit it. */
export function draftOf(event: AdminEventView): EventDraft {
  const seats = (count: { capacity: number } | undefined) => (count ? String(count.capacity) : '');
  return {
    slug: event.slug,
    format: event.format,
    mode: event.mode,
    title: textDraft(event.title),
    description: textDraft(event.description),
    themes: event.themes.map((theme) => theme.slug),
    territory: event.territory,
    placeName: event.place?.name ?? '',
    placeAddress: event.place?.address ?? '',
    startsAt: instantToZoned(event.startsAt, event.timeZone),
    endsAt: instantToZoned(event.endsAt, event.timeZone),
    timeZone: event.timeZone,
    audience: event.audience,
    capacityInPerson: seats(event.seats.in_person),
    capacityOnline: seats(event.seats.online),
    waitlist: event.waitlist,
    allowGuests: event.allowGuests,
    onlineUrl: event.onlineUrl ?? '',
    languages: [...event.languages],
    facilitator: event.facilitator ?? '',
    referents: [event.referents[0] ?? '', event.referents[1] ?? ''],
    secretary: event.secretary ?? '',
    stepFree: event.accessibility.stepFree,
    signLanguage: event.accessibility.signLanguage,
    accessibilityNote: textDraft(event.accessibility.note),
    reminderHours: String(event.reminderHours ?? 24),
  };
}

/** French always (the schema says when it is missing), the other languages when written. */
function localized(text: TextDraft): LocalizedText {
  const nl = text.nl.trim();
  const en = text.en.trim();
  return { fr: text.fr.trim(), ...(nl && { nl }), ...(en && { en }) };
}

/** A number as typed; undefined when empty, NaN when not a number (the schema says so). */
const count = (value: string) => (value.trim() === '' ? undefined : Number(value));
const person = (value: string) => value.trim() || null;

/**
 * What the draft asks for, shaped as EventInput but unchecked: the fields
 * that do not apply to the mode (a place online, online seats in a room)
 * are left out, whatever the form still holds for them.
 */
export function inputOf(draft: EventDraft): Record<string, unknown> {
  const inPerson = draft.mode !== 'online';
  const online = draft.mode !== 'in_person';
  const note = localized(draft.accessibilityNote);
  return {
    slug: draft.slug.trim(),
    format: draft.format,
    mode: draft.mode,
    title: localized(draft.title),
    description: localized(draft.description),
    themes: draft.themes,
    territory: draft.territory,
    place: inPerson ? { name: draft.placeName.trim(), address: draft.placeAddress.trim() } : null,
    startsAt: zonedToInstant(draft.startsAt, draft.timeZone),
    endsAt: zonedToInstant(draft.endsAt, draft.timeZone),
    timeZone: draft.timeZone,
    audience: draft.audience,
    capacity: {
      ...(inPerson && { in_person: count(draft.capacityInPerson) }),
      ...(online && { online: count(draft.capacityOnline) }),
    },
    waitlist: draft.waitlist,
    allowGuests: draft.allowGuests,
    onlineUrl: online ? draft.onlineUrl.trim() || null : null,
    languages: draft.languages,
    facilitator: person(draft.facilitator),
    referents: draft.referents.map((name) => name.trim()).filter(Boolean),
    secretary: person(draft.secretary),
    accessibility: {
      stepFree: draft.stepFree,
      signLanguage: draft.signLanguage,
      note: note.fr || note.nl || note.en ? note : null,
    },
    reminderHours: count(draft.reminderHours),
  };
}

/**
 * The form's fields an error can stand beside, by the dotted path of what
 * they hold. An issue goes to the longest of them its path starts with
 * (`themes.0` → `themes`); the groups (`capacity`, `place`, `referents`)
 * take the checks across their fields.
 */
export const FIELDS = [
  'slug',
  'format',
  'mode',
  'title.fr',
  'title.nl',
  'title.en',
  'description.fr',
  'description.nl',
  'description.en',
  'themes',
  'territory',
  'place.name',
  'place.address',
  'place',
  'startsAt',
  'endsAt',
  'timeZone',
  'audience',
  'capacity.in_person',
  'capacity.online',
  'capacity',
  'waitlist',
  'allowGuests',
  'onlineUrl',
  'languages',
  'facilitator',
  'referents.0',
  'referents.1',
  'referents',
  'secretary',
  'accessibility.note.fr',
  'accessibility.note.nl',
  'accessibility.note.en',
  'accessibility',
  'reminderHours',
] as const;
export type Field = (typeof FIELDS)[number];

/** What the organiser is told beside a field, one message per kind of rule. */
export const FIELD_MESSAGES = [
  'slug',
  'choice',
  'french',
  'translation',
  'themes',
  'territory',
  'placeName',
  'placeAddress',
  'place',
  'startsAt',
  'endsAt',
  'capacity',
  'onlineUrl',
  'languages',
  'person',
  'referents',
  'reminderHours',
  'slugTaken',
  'unknownTerritory',
  'unknownTheme',
  'seatsTaken',
] as const;
export type FieldMessage = (typeof FIELD_MESSAGES)[number];

const RULE: Record<Field, FieldMessage> = {
  slug: 'slug',
  format: 'choice',
  mode: 'choice',
  'title.fr': 'french',
  'title.nl': 'translation',
  'title.en': 'translation',
  'description.fr': 'french',
  'description.nl': 'translation',
  'description.en': 'translation',
  themes: 'themes',
  territory: 'territory',
  'place.name': 'placeName',
  'place.address': 'placeAddress',
  place: 'place',
  startsAt: 'startsAt',
  endsAt: 'endsAt',
  timeZone: 'choice',
  audience: 'choice',
  'capacity.in_person': 'capacity',
  'capacity.online': 'capacity',
  capacity: 'capacity',
  waitlist: 'choice',
  allowGuests: 'choice',
  onlineUrl: 'onlineUrl',
  languages: 'languages',
  facilitator: 'person',
  'referents.0': 'person',
  'referents.1': 'person',
  referents: 'referents',
  secretary: 'person',
  'accessibility.note.fr': 'translation',
  'accessibility.note.nl': 'translation',
  'accessibility.note.en': 'translation',
  accessibility: 'choice',
  reminderHours: 'reminderHours',
};

/** The field an issue's path points at; undefined for the body as a whole or a field the form lacks. */
export function fieldOf(path: string): Field | undefined {
  let found: Field | undefined;
  for (const field of FIELDS) {
    if ((path === field || path.startsWith(`${field}.`)) && field.length > (found?.length ?? -1))
      found = field;
  }
  return found;
}

/** Each field's message: the first issue of each field wins. */
export type FieldErrors = Partial<Record<Field, FieldMessage>>;

export function errorsFromPaths(paths: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const path of paths) {
    const field = fieldOf(path);
    if (field) errors[field] ??= RULE[field];
  }
  return errors;
}

/** The API's codes that name one field: said beside it. */
const CODE_FIELDS: Partial<Record<string, [Field, FieldMessage]>> = {
  slug_taken: ['slug', 'slugTaken'],
  territory_not_found: ['territory', 'unknownTerritory'],
  theme_not_found: ['themes', 'unknownTheme'],
  event_has_registrations: ['capacity', 'seatsTaken'],
};

/** Field errors from an API refusal: its issues for a 400, the field a code names otherwise. */
export function errorsFromProblem(code: string, issues: readonly ProblemIssue[]): FieldErrors {
  const named = CODE_FIELDS[code];
  if (named) return { [named[0]]: named[1] };
  return code === 'validation_failed' ? errorsFromPaths(issues.map((issue) => issue.path)) : {};
}

export type Checked = { success: true; input: EventInput } | { success: false; errors: FieldErrors };

/** The draft checked with the API's own schema; an unreadable date or time is the date's field. */
export function check(draft: EventDraft): Checked {
  const result = v.safeParse(EventInput, inputOf(draft));
  if (result.success) return { success: true, input: result.output };
  const paths = result.issues.map((issue) => issue.path?.map((item) => String(item.key)).join('.') ?? '');
  return { success: false, errors: errorsFromPaths(paths) };
}

/**
 * What an edit changed: the fields whose value differs from the event's
 * (the slug never does). An empty object when nothing did.
 */
export function changesOf(input: EventInput, original: EventDraft): EventUpdateInput {
  const before = v.safeParse(EventInput, inputOf(original));
  const previous: Record<string, unknown> = before.success ? before.output : inputOf(original);
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'slug') continue;
    if (JSON.stringify(value) !== JSON.stringify(previous[key])) changes[key] = value;
  }
  return changes as EventUpdateInput;
}
