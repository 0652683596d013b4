/**
 * Organisers type an event's times as they read on the wall where it takes
 * place (`2026-03-12T18:00` in Europe/Brussels); the API stores UTC
 * instants. The conversions go through Intl with the event's IANA zone, so
 * summer time is the zone's, not the organiser's browser's.
 */

import * as v from 'valibot';
import { TimeZone } from '../../../schema/events.ts';

/** The zones organisers need most, first in the list. */
export const USUAL_TIME_ZONES = ['Europe/Brussels', 'Europe/Paris'] as const;

const HOUR = 60 * 60 * 1000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClock(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time at `time` (ms) in `timeZone`, read as if it were UTC (ms). */
function wallAt(time: number, timeZone: string): number {
  const parts = Object.fromEntries(
    wallClock(timeZone)
      .formatToParts(new Date(time))
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** How far `timeZone`'s clocks are ahead of UTC at `time` (ms). */
const offsetAt = (time: number, timeZone: string) => wallAt(time, timeZone) - Math.floor(time / 1000) * 1000;

/** `YYYY-MM-DDTHH:mm` (an `<input type="datetime-local">` value) as a UTC wall time in ms; NaN if malformed. */
function parseLocal(local: string): number {
  const match = LOCAL.exec(local);
  if (!match) return Number.NaN;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const time = Date.UTC(year, month - 1, day, hour, minute);
  // Date.UTC rolls 2026-02-30 over to March: refuse what the calendar does not have.
  return new Date(time).getUTCDate() === day && hour < 24 && minute < 60 ? time : Number.NaN;
}

/**
 * The instant (ISO 8601, UTC) at which clocks in `timeZone` read `local`;
 * undefined when `local` is not a date and time. Where summer time makes a
 * wall time happen twice, the first; where it skips it (02:30 on the day
 * clocks go forward), the time an hour later, as calendars do.
 *
 * @example
 * zonedToInstant('2026-07-01T18:00', 'Europe/Brussels') // '2026-07-01T16:00:00.000Z'
 */
export function zonedToInstant(local: string, timeZone: string): string | undefined {
  const wall = parseLocal(local);
  if (Number.isNaN(wall)) return undefined;
  // Transitions are months apart: the offsets half a day either side are the only candidates.
  const before = wall - offsetAt(wall - 12 * HOUR, timeZone);
  const after = wall - offsetAt(wall + 12 * HOUR, timeZone);
  const fits = [before, after].filter((time) => wallAt(time, timeZone) === wall);
  const time = fits.length ? Math.min(...fits) : before;
  return new Date(time).toISOString();
}

/**
 * What clocks in `timeZone` read at `instant`, as an `<input type="datetime-local">` value.
 *
 * @example
 * instantToZoned('2026-07-01T16:00:00.000Z', 'Europe/Brussels') // '2026-07-01T18:00'
 */
export function instantToZoned(instant: string, timeZone: string): string {
  return new Date(wallAt(Date.parse(instant), timeZone)).toISOString().slice(0, 16);
}

/** The zones the browser knows that the API accepts, but the usual ones: read once. */
let known: string[] | undefined;

/**
 * The zones to choose from: the usual ones first, then every zone the
 * browser knows that the API accepts (an IANA `Area/Place`; `UTC` is not
 * one), and `current` when it is neither (an alias an older event kept).
 */
export function timeZoneChoices(current?: string): { usual: string[]; others: string[] } {
  const usual: string[] = [...USUAL_TIME_ZONES];
  // The form draws the list again on every keystroke.
  known ??= Intl.supportedValuesOf('timeZone')
    .filter((zone) => v.is(TimeZone, zone) && !usual.includes(zone))
    .sort();
  const others =
    current && !usual.includes(current) && !known.includes(current) ? [...known, current].sort() : known;
  return { usual, others };
}

const ranges = new Map<string, Intl.DateTimeFormat>();

/**
 * An event's start and end in its own zone, named: `12 mars 2026, 18:00 – 20:00 (Europe/Brussels)`.
 */
export function formatEventTime(
  language: string,
  startsAt: string,
  endsAt: string,
  timeZone: string,
): string {
  const key = `${language}|${timeZone}`;
  let format = ranges.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      timeZone,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    ranges.set(key, format);
  }
  return `${format.formatRange(new Date(startsAt), new Date(endsAt))} (${timeZone})`;
}
