/**
 * Time zones for calendar files: an event's local times in its IANA zone,
 * and the VTIMEZONE that tells a calendar what that zone's offsets are. Both
 * come from the runtime's own time zone data (the Intl API, which Workers
 * and Node ship with full ICU), so nothing is bundled and nothing goes stale
 * with the kit: the zone's rules are those of the runtime that serves them.
 */

/** Local wall-clock time in a zone. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(zone: string): Intl.DateTimeFormat {
  let found = formatters.get(zone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formatters.set(zone, found);
  }
  return found;
}

/**
 * Whether the runtime knows the zone (an IANA name such as `Europe/Brussels`).
 *
 * @example
 * isKnownTimeZone('Europe/Brussels'); // true
 * isKnownTimeZone('Europe/Atlantis'); // false
 */
export function isKnownTimeZone(zone: string): boolean {
  try {
    offsetFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The wall-clock time in `zone` at the instant `ms` (from the zone's
 * offsets of that year, found once: a feed of 500 events asks often).
 *
 * @example
 * localTime('Europe/Brussels', Date.parse('2026-12-03T17:00:00Z')); // { year: 2026, month: 12, day: 3, hour: 18, … }
 */
export function localTime(zone: string, ms: number): LocalTime {
  return atOffset(ms, offsetAt(zone, ms));
}

/**
 * The zone's offset at `ms` in minutes, from its changes of that year.
 *
 * @example
 * offsetAt('Europe/Brussels', Date.parse('2026-07-01T00:00:00Z')); // 120
 */
export function offsetAt(zone: string, ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  let offset = yearStartOffset(zone, year);
  for (const transition of transitionsIn(zone, year)) {
    if (transition.at > ms) break;
    offset = transition.to;
  }
  return offset;
}

const yearStarts = new Map<string, number>();

function yearStartOffset(zone: string, year: number): number {
  const key = `${zone}|${year}`;
  let offset = yearStarts.get(key);
  if (offset === undefined) {
    offset = offsetMinutes(zone, Date.UTC(year, 0, 1));
    yearStarts.set(key, offset);
  }
  return offset;
}

/**
 * The zone's offset from UTC at the instant `ms`, in minutes (east positive).
 *
 * @example
 * offsetMinutes('Europe/Paris', Date.parse('2026-07-01T00:00:00Z')); // 120
 */
export function offsetMinutes(zone: string, ms: number): number {
  const name = offsetFormatter(zone)
    .formatToParts(ms)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? '');
  if (!match) throw new Error(`unexpected offset "${name}" for ${zone}`);
  if (match[1] === undefined) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * Whether the wall-clock time of the instant `ms` in `zone` names it alone:
 * false in the hour a clock goes back (02:30 in Brussels on the last Sunday
 * of October happens twice), which a local time with TZID cannot tell
 * apart, and which readers resolve differently.
 *
 * @example
 * isUnambiguous('Europe/Brussels', Date.parse('2026-10-25T00:30:00Z')); // false
 */
export function isUnambiguous(zone: string, ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  for (const candidate of [year - 1, year, year + 1]) {
    for (const { at, from, to } of transitionsIn(zone, candidate)) {
      // A clock going back by d repeats the wall times of the d before and the d after the change.
      const back = (from - to) * 60_000;
      if (back > 0 && ms >= at - back && ms < at + back) return false;
    }
  }
  return true;
}

/** A change of the zone's offset: at `at` (UTC ms), from one offset to another (minutes). */
export interface Transition {
  at: number;
  from: number;
  to: number;
}

const DAY = 86_400_000;
const transitionCache = new Map<string, Transition[]>();

/**
 * The zone's offset changes during a calendar year (UTC), found by walking
 * it a day at a time and narrowing each change down to the minute. Zones
 * never change their offset twice within a day.
 *
 * @example
 * transitionsIn('Europe/Brussels', 2026); // [{ at: Date.UTC(2026, 2, 29, 1), from: 60, to: 120 }, { at: …10-25… }]
 */
export function transitionsIn(zone: string, year: number): Transition[] {
  const key = `${zone}|${year}`;
  const cached = transitionCache.get(key);
  if (cached) return cached;
  const found: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let before = Date.UTC(year, 0, 1);
  let offset = offsetMinutes(zone, before);
  while (before < end) {
    const next = Math.min(before + DAY, end);
    const nextOffset = offsetMinutes(zone, next);
    if (nextOffset !== offset) {
      // The change lies in (before, next]: halve the interval down to a minute.
      let [low, high] = [before, next];
      while (high - low > 60_000) {
        const middle = low + Math.floor((high - low) / 120_000) * 60_000;
        if (offsetMinutes(zone, middle) === offset) low = middle;
        else high = middle;
      }
      found.push({ at: high, from: offset, to: nextOffset });
      offset = nextOffset;
    }
    before = next;
  }
  transitionCache.set(key, found);
  return found;
}

/** `+0100`, `-0330`: an offset as iCalendar writes it. */
function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * `20261203T180000`: a local time as iCalendar writes it (no zone).
 *
 * @example
 * icsLocal({ year: 2026, month: 12, day: 3, hour: 18, minute: 0, second: 0 }); // '20261203T180000'
 */
export function icsLocal(time: LocalTime): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${String(time.year).padStart(4, '0')}${two(time.month)}${two(time.day)}T${two(time.hour)}${two(time.minute)}${two(time.second)}`;
}

/** The wall-clock time at UTC `ms` for a fixed offset. */
function atOffset(ms: number, minutes: number): LocalTime {
  const date = new Date(ms + minutes * 60_000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/**
 * The VTIMEZONE of `zone` for events in the years `from` to `to` (their
 * UTC years): one observance for the offset in force from the start of the
 * year before, then one per change until the end of `to`, each STANDARD or
 * DAYLIGHT (an offset above the year's lowest is daylight saving), its
 * DTSTART the local time the change happens at, as the offset before it
 * reads it. Explicit dates rather than rules: exact for the years asked,
 * whatever the zone's history. The lines, unfolded.
 *
 * @example
 * vtimezone('Europe/Brussels', 2026, 2026); // ['BEGIN:VTIMEZONE', 'TZID:Europe/Brussels', 'BEGIN:STANDARD', …]
 */
export function vtimezone(zone: string, from: number, to: number): string[] {
  const start = Date.UTC(from - 1, 0, 1);
  const initial = offsetMinutes(zone, start);
  const transitions: Transition[] = [];
  for (let year = from - 1; year <= to; year++) transitions.push(...transitionsIn(zone, year));
  const lowest = (at: number) => {
    const year = new Date(at).getUTCFullYear();
    return Math.min(
      offsetMinutes(zone, Date.UTC(year, 0, 1)),
      offsetMinutes(zone, Date.UTC(year, 6, 1)),
      ...transitionsIn(zone, year).map((transition) => transition.to),
    );
  };
  const observance = (at: number, fromOffset: number, toOffset: number) => {
    const kind = toOffset > lowest(at) ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `DTSTART:${icsLocal(atOffset(at, fromOffset))}`,
      `TZOFFSETFROM:${utcOffset(fromOffset)}`,
      `TZOFFSETTO:${utcOffset(toOffset)}`,
      `END:${kind}`,
    ];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(start, initial, initial),
    ...transitions.flatMap((transition) => observance(transition.at, transition.from, transition.to)),
    'END:VTIMEZONE',
  ];
}
