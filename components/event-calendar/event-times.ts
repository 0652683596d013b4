/**
 * An event's times as people read them: in the event's own time zone, with
 * the zone named, and in the visitor's own when it reads differently (a
 * visitor in Montréal looking at a workshop in Brussels). Every zone is
 * explicit, so the tests can set both.
 */
import type { Language } from '../../schema/common.ts';

/** When and where (in time) an event happens: its instants and its IANA zone. */
export interface EventTiming {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    formatters.set(key, format);
  }
  return format;
}

const FULL: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

/** The zone's long name at that instant, e.g. `heure normale d’Europe centrale` (summer and winter differ). */
export function zoneName(language: Language, instant: Date, timeZone: string): string {
  const parts = formatter(language, { timeZone, timeZoneName: 'long' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** The range from start to end in `timeZone`, e.g. `jeudi 12 mars 2026, 18:00 – 20:00`. */
function range(language: Language, { startsAt, endsAt }: EventTiming, timeZone: string): string {
  return formatter(language, { ...FULL, timeZone }).formatRange(new Date(startsAt), new Date(endsAt));
}

/** The visitor's own zone, as the browser knows it. */
export function visitorZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface EventTimes {
  /** In the event's zone, e.g. `jeudi 12 mars 2026, 18:00 – 20:00`. */
  range: string;
  /** The event zone's name. */
  zone: string;
  /** The same in the visitor's zone; null when it reads the same (a visitor in Paris, an event in Brussels). */
  local: { range: string; zone: string } | null;
}

/**
 * An event's times in its own zone, and in the visitor's when they differ.
 *
 * @example
 * eventTimes('fr', { startsAt: '2026-03-12T17:00:00Z', endsAt: '2026-03-12T19:00:00Z', timeZone: 'Europe/Brussels' }, 'America/Toronto')
 * // { range: 'jeudi 12 mars 2026, 18:00 – 20:00', zone: 'heure normale d’Europe centrale',
 * //   local: { range: 'jeudi 12 mars 2026, 13:00 – 15:00', zone: 'heure d’été de l’Est nord-américain' } }
 */
export function eventTimes(language: Language, event: EventTiming, visitor = visitorZone()): EventTimes {
  const start = new Date(event.startsAt);
  const inZone = range(language, event, event.timeZone);
  const local = range(language, event, visitor);
  return {
    range: inZone,
    zone: zoneName(language, start, event.timeZone),
    local: local === inZone ? null : { range: local, zone: zoneName(language, start, visitor) },
  };
}
