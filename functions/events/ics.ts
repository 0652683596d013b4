/**
 * iCalendar (RFC 5545) for the event calendar: one event's `.ics`, the feed
 * of a list's filters, a person's private feed, the attachment of the
 * confirmation e-mail. Correct where calendar clients are strict: a stable
 * UID per event, SEQUENCE raised on every change, STATUS:CANCELLED kept in
 * feeds, DTSTAMP, times with TZID and the matching VTIMEZONE, lines folded
 * at 75 octets without splitting a UTF-8 character, CRLF, TEXT escaped.
 */
import { type Language, type LocalizedText, localize } from '../../schema/common.ts';
import type { EventFormat, EventPlace, EventStatus } from '../../schema/events.ts';
import { icsLocal, isUnambiguous, localTime, vtimezone } from './timezone.ts';

/** What a calendar file says of an event, in one language. */
export interface CalendarEntry {
  uid: string;
  sequence: number;
  cancelled: boolean;
  title: string;
  description: string;
  /** The event's page: in URL, and at the end of DESCRIPTION for clients that do not show URL (null: none known). */
  url: string | null;
  location: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  createdAt: string;
  updatedAt: string;
  categories: readonly string[];
}

/** The words a calendar file needs, per language. */
const WORDS: Record<
  Language,
  { online: string; cancelled: string; more: string; formats: Record<string, string> }
> = {
  fr: {
    online: 'En ligne',
    cancelled: 'Annulé',
    more: 'Plus d’informations et inscription',
    formats: { workshop: 'Atelier', small_talk: 'Small talk' },
  },
  nl: {
    online: 'Online',
    cancelled: 'Geannuleerd',
    more: 'Meer informatie en inschrijving',
    formats: { workshop: 'Workshop', small_talk: 'Small talk' },
  },
  en: {
    online: 'Online',
    cancelled: 'Cancelled',
    more: 'More information and registration',
    formats: { workshop: 'Workshop', small_talk: 'Small talk' },
  },
};

/** What a calendar entry is made of: an event as stored (EventRecord), or as a message keeps it. */
export interface CalendarSource {
  uid: string;
  sequence: number;
  status: EventStatus;
  title: LocalizedText;
  description: LocalizedText;
  place: EventPlace | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  createdAt: string;
  updatedAt: string;
  format: EventFormat;
}

/**
 * An event as a calendar file says it, in `language`, linking to `url`.
 *
 * @example
 * const entry = calendarEntry(record, 'nl', 'https://smart.coop/agenda?sip-event=atelier');
 */
export function calendarEntry(event: CalendarSource, language: Language, url: string | null): CalendarEntry {
  const words = WORDS[language];
  const description = localize(event.description, language);
  return {
    uid: event.uid,
    sequence: event.sequence,
    cancelled: event.status === 'cancelled',
    title: localize(event.title, language),
    description:
      url === null
        ? description
        : `${description}\n\n${words.more}${language === 'fr' ? '\u00a0: ' : ': '}${url}`,
    url,
    location: event.place ? `${event.place.name}, ${event.place.address}` : words.online,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
    categories: [words.formats[event.format] ?? event.format],
  };
}

/**
 * TEXT as RFC 5545 §3.3.11 writes it: backslash, semicolon and comma
 * escaped, every line break as `\n`.
 *
 * @example
 * escapeText('Atelier; salle 2, étage'); // 'Atelier\\; salle 2\\, étage'
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** The octets a code point takes in UTF-8. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * A content line folded as RFC 5545 §3.1 asks: at most 75 octets per line,
 * each continuation starting with a space (which counts), never splitting
 * a UTF-8 character; lines joined by CRLF.
 *
 * @example
 * foldLine(`SUMMARY:${'é'.repeat(40)}`); // 'SUMMARY:éééé…\r\n éé…'
 */
export function foldLine(line: string): string {
  // Most lines are short and ASCII: nothing to do.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range tested is ASCII, controls included.
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return line;
  const lines: string[] = [];
  let start = 0;
  let octets = 0;
  let index = 0;
  while (index < line.length) {
    const codePoint = line.codePointAt(index) ?? 0;
    const units = codePoint > 0xffff ? 2 : 1;
    const size = utf8Length(codePoint);
    if (octets + size > 75) {
      lines.push(line.slice(start, index));
      start = index;
      // The continuation's leading space is one of its 75 octets.
      octets = 1;
    }
    octets += size;
    index += units;
  }
  lines.push(line.slice(start));
  return lines.join('\r\n ');
}

/** `20261203T170000Z`: a UTC instant as iCalendar writes it. */
export function icsUtc(instant: string): string {
  return `${instant.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function eventLines(entry: CalendarEntry): string[] {
  // In the hour a clock goes back, a local time names two instants: those are written in UTC.
  const time = (name: string, instant: string) =>
    isUnambiguous(entry.timeZone, Date.parse(instant))
      ? `${name};TZID=${entry.timeZone}:${icsLocal(localTime(entry.timeZone, Date.parse(instant)))}`
      : `${name}:${icsUtc(instant)}`;
  return [
    'BEGIN:VEVENT',
    `UID:${entry.uid}`,
    `DTSTAMP:${icsUtc(entry.updatedAt)}`,
    `CREATED:${icsUtc(entry.createdAt)}`,
    `LAST-MODIFIED:${icsUtc(entry.updatedAt)}`,
    `SEQUENCE:${entry.sequence}`,
    `STATUS:${entry.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    time('DTSTART', entry.startsAt),
    time('DTEND', entry.endsAt),
    `SUMMARY:${escapeText(entry.title)}`,
    `DESCRIPTION:${escapeText(entry.description)}`,
    `LOCATION:${escapeText(entry.location)}`,
    ...(entry.url === null ? [] : [`URL:${entry.url}`]),
    `CATEGORIES:${entry.categories.map(escapeText).join(',')}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** What a calendar file is: a feed (subscribed to, refreshed) or one event (imported). */
export interface CalendarOptions {
  /** The calendar's name, for feeds (`X-WR-CALNAME`). */
  name?: string;
  /** How often a subscribed client should refresh, in hours (feeds only). */
  refreshHours?: number;
  /** `PUBLISH` (the default): a calendar to show, not an invitation to answer. */
  method?: 'PUBLISH';
}

/**
 * A whole calendar file: VCALENDAR with one VTIMEZONE per zone its events
 * use (covering their years), then the events, CRLF-terminated lines folded.
 *
 * @example
 * const text = icsCalendar(records.map((record) => calendarEntry(record, 'fr', linkOf(record))), { name: 'Smart in Progress' });
 */
export function icsCalendar(entries: readonly CalendarEntry[], options: CalendarOptions = {}): string {
  const years = new Map<string, { from: number; to: number }>();
  for (const entry of entries) {
    const from = new Date(entry.startsAt).getUTCFullYear();
    const to = new Date(entry.endsAt).getUTCFullYear();
    const known = years.get(entry.timeZone);
    years.set(entry.timeZone, {
      from: Math.min(from, known?.from ?? from),
      to: Math.max(to, known?.to ?? to),
    });
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Smart in Progress//Participation kit events//FR',
    'CALSCALE:GREGORIAN',
    `METHOD:${options.method ?? 'PUBLISH'}`,
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`, `NAME:${escapeText(options.name)}`] : []),
    ...(options.refreshHours
      ? [
          `REFRESH-INTERVAL;VALUE=DURATION:PT${options.refreshHours}H`,
          `X-PUBLISHED-TTL:PT${options.refreshHours}H`,
        ]
      : []),
    ...[...years.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([zone, { from, to }]) => vtimezone(zone, from, to)),
    ...entries.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/**
 * "Add to my calendar" pages of Google Calendar and Outlook on the web,
 * filled in with the event (their well-known template URLs).
 *
 * @example
 * const { google, outlook } = calendarLinks(entry);
 */
export function calendarLinks(entry: CalendarEntry): { google: string; outlook: string } {
  const google = new URL('https://calendar.google.com/calendar/render');
  google.search = new URLSearchParams({
    action: 'TEMPLATE',
    text: entry.title,
    dates: `${icsUtc(entry.startsAt)}/${icsUtc(entry.endsAt)}`,
    details: entry.description,
    location: entry.location,
    ctz: entry.timeZone,
  }).toString();
  const outlook = new URL('https://outlook.live.com/calendar/0/deeplink/compose');
  outlook.search = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: entry.title,
    startdt: `${entry.startsAt.slice(0, 19)}Z`,
    enddt: `${entry.endsAt.slice(0, 19)}Z`,
    body: entry.description,
    location: entry.location,
  }).toString();
  return { google: google.href, outlook: outlook.href };
}
