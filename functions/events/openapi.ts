/** The event routes (routes.ts, admin.ts) described for the OpenAPI document. */
import {
  AdminEventView,
  AdminRegistrationList,
  type EVENT_PROBLEMS,
  EventFeedLink,
  EventList,
  EventView,
  RegistrationReceipt,
} from '../../schema/events.ts';
import type { CoreProblemCode } from '../../schema/problem.ts';
import type { RouteDocs } from '../openapi/operations.ts';
import { REGISTRATION_COLUMNS } from './admin.ts';

type Code = CoreProblemCode | keyof typeof EVENT_PROBLEMS;

const SLUG = 'The event’s slug.';
const FILTERS = {
  theme: 'Only the events about this theme (its slug).',
  territory: 'Only the events of this territory (`en-ligne` for online ones).',
  format: 'Only workshops, or only small talks.',
  mode: '`in_person`: events with seats in person (hybrid ones too); `online`: with seats online (hybrid too); `hybrid`: hybrid ones only.',
};
const CALENDAR = {
  media: 'text/calendar; charset=utf-8',
  description:
    'An iCalendar file (RFC 5545): each event with a stable `UID`, `SEQUENCE` (raised on every change), `STATUS` (`CANCELLED` for a cancelled event, kept in the file), `DTSTAMP`, its times with `TZID` and the matching `VTIMEZONE`, its link in `URL` and at the end of `DESCRIPTION`; lines folded at 75 octets, CRLF.',
};

export const eventDocs: RouteDocs<Code> = {
  'GET /': {
    summary: 'List events',
    description:
      'What is to come (`when=upcoming`, the default: not yet ended, soonest first) or what took place (`when=past`, latest first), a page at a time: pass the previous page’s `nextCursor` as `cursor`. Cancelled events stay listed, said cancelled.',
    parameters: {
      ...FILTERS,
      when: '`upcoming` (the default) or `past`.',
      from: 'Only events starting at or after this instant (a month grid asks for its month).',
      to: 'Only events starting before this instant.',
      cursor: 'Opaque: the previous page’s `nextCursor`.',
      limit: 'How many per page, 1 to 100 (default 20).',
    },
    answers: { 200: { description: 'A page of events.', json: EventList } },
    problems: ['theme_not_found'],
  },
  'GET /feed': {
    summary: 'Get my private calendar feed',
    description:
      'Signed-in people only: the URL of their own feed (`/api/v1/calendar/<token>.ics`) of the events they registered for, to subscribe to in a calendar app. The same URL every time until they reset it (`POST /api/v1/events/feed/reset`); it works without a token, so it is to be kept private.',
    answers: { 200: { description: 'The feed’s URL.', json: EventFeedLink } },
    problems: ['sign_in_required'],
  },
  'POST /feed/reset': {
    summary: 'Reset my private calendar feed’s link',
    description:
      'Signed-in people only, for a link that leaked: gives a new URL for their feed, and the old one answers 404 at once (calendar apps subscribed to it must be given the new one). `GET /api/v1/events/feed` gives the new URL from then on. No body.',
    answers: { 200: { description: 'The feed’s new URL.', json: EventFeedLink } },
    problems: ['sign_in_required'],
  },
  'GET /:slug': {
    summary: 'Read an event, or get it as a calendar file',
    description: `The event as the caller sees it: seats per mode, the caller’s own registration and whether they may register, links for their calendar, the minutes once published. With \`.ics\` after the slug (\`/api/v1/events/<slug>.ics\`): the event as a calendar file, the same for everyone. ${CALENDAR.description}`,
    parameters: {
      slug: 'The event’s slug; followed by `.ics` for its calendar file.',
      lang: 'The language of the calendar texts (the file, the Google and Outlook links): `fr` (the default), `nl` or `en`.',
    },
    answers: {
      200: {
        description: 'The event (JSON), or its calendar file (`.ics`).',
        json: EventView,
        document: CALENDAR,
      },
    },
    problems: ['event_not_found'],
  },
  'POST /:slug/registrations': {
    summary: 'Register for an event',
    description:
      'A signed-in participant the event’s audience admits registers in one action; on a `public` event that allows guests, a visitor without a token registers with a name, an e-mail and consent (rate-limited, Turnstile when configured) and confirms by the link e-mailed to them: their seat is `pending_confirmation`, held until `expiresAt` (`EVENT_CONFIRM_MINUTES`). A free seat of the mode makes the registration `confirmed` (a guest’s `pending_confirmation`); a full mode puts the person on its waitlist, at `position`, when the event has one. The seat check and the write are one statement: seats are never oversold. One registration per person per event: a signed-in person by their identity, a guest by their e-mail; registering again after cancelling starts over. A signed-in person who asks again gets `already_registered`. A guest whose address is already registered is answered exactly as a new address would be (the receipt a new guest would get, or the same refusal), so that the answer tells nobody whether an address is registered: nothing is written but a message to the address’s holder reminding them of their registration, with fresh links to confirm (while their seat is held) and to cancel, at most once an hour.',
    parameters: { slug: SLUG },
    answers: { 201: { description: 'Registered: where the person stands.', json: RegistrationReceipt } },
    problems: [
      'event_not_found',
      'event_cancelled',
      'event_past',
      'already_registered',
      'event_full',
      'mode_not_offered',
      'sign_in_required',
      'members_only',
      'guests_not_allowed',
      'territory_not_found',
      'turnstile_failed',
    ],
  },
  'DELETE /:slug/registrations/mine': {
    summary: 'Cancel my registration',
    description:
      'By the signed-in person who registered, or the browser (`Sip-Participant`) a guest registered from. Frees the seat and moves the first person waiting in that mode up to it, in the same transaction.',
    parameters: { slug: SLUG },
    answers: { 200: { description: 'Cancelled.', json: RegistrationReceipt } },
    problems: ['event_not_found', 'registration_not_found', 'event_past', 'sign_in_required'],
  },
};

export const eventFeedDocs: RouteDocs<Code> = {
  'GET /': {
    summary: 'Subscribe to events',
    description: `The events of a list’s filters as a calendar to subscribe to (what is to come, up to 500, and the last 30 days): a calendar app refreshes it by itself. ${CALENDAR.description}`,
    parameters: {
      ...FILTERS,
      lang: 'The language of the calendar texts: `fr` (the default), `nl` or `en`.',
    },
    answers: { 200: { description: 'The calendar.', document: CALENDAR } },
    problems: ['theme_not_found'],
  },
};

export const calendarDocs: RouteDocs<Code> = {
  'GET /:token': {
    summary: 'A person’s private calendar feed',
    description: `The events its holder registered for and has not cancelled (from \`GET /api/v1/events/feed\`), in the language of their registrations. ${CALENDAR.description}`,
    parameters: { token: 'The feed’s token, followed by `.ics`.' },
    answers: { 200: { description: 'The calendar.', document: CALENDAR } },
    problems: ['registration_not_found'],
  },
};

export const registrationDocs: RouteDocs<Code> = {
  'POST /confirm': {
    summary: 'Confirm a guest’s seat',
    description:
      'What the link of a guest’s e-mail does (the Worker’s page `/registrations/confirm?token=` posts it): the seat becomes theirs (`confirmed`), or their place in line is kept. Again with the same token: the same answer, nothing changed.',
    answers: { 200: { description: 'Confirmed.', json: RegistrationReceipt } },
    problems: ['registration_not_found', 'confirmation_expired', 'event_cancelled'],
  },
  'POST /cancel': {
    summary: 'Cancel a registration by its link',
    description:
      '"I can’t come": what the cancel link of every message does (the Worker’s page `/registrations/cancel?token=` posts it). Frees the seat and moves the first person waiting up to it, in the same transaction. Again: the same answer, nothing changed.',
    answers: { 200: { description: 'Cancelled.', json: RegistrationReceipt } },
    problems: ['registration_not_found', 'confirmation_expired'],
  },
};

const ORGANISERS = 'Organisers and admins.';

export const adminEventDocs: RouteDocs<Code> = {
  'GET /': {
    summary: 'List events, for organisers',
    description: `${ORGANISERS} What is to come (the default) or what took place, 50 a page; cancelled ones included.`,
    parameters: {
      when: '`upcoming` (the default) or `past`.',
      cursor: 'Opaque: the previous page’s `nextCursor`.',
    },
    answers: { 200: { description: 'A page of events.', json: EventList } },
  },
  'POST /': {
    summary: 'Create an event',
    description: `${ORGANISERS} Public at once (there are no drafts). Written to the audit log (\`create\`).`,
    answers: { 201: { description: 'The event, as organisers see it.', json: AdminEventView } },
    problems: ['slug_taken', 'theme_not_found', 'territory_not_found'],
  },
  'GET /:slug': {
    summary: 'Read an event, for organisers',
    description: `${ORGANISERS} With the online link and the reminder setting.`,
    parameters: { slug: SLUG },
    answers: { 200: { description: 'The event.', json: AdminEventView } },
    problems: ['event_not_found'],
  },
  'PATCH /:slug': {
    summary: 'Edit an event',
    description: `${ORGANISERS} Absent fields keep their value; the whole event must still be valid once merged. \`sequence\` goes up (calendar clients update their copy). A larger capacity moves people waiting up to the new seats; a mode dropped while people stand in it, or a capacity below the seats taken, is refused. Edits are written against the sequence read (optimistic lock): after three writes lost to concurrent changes, \`event_edit_conflict\` (reload and edit again), nothing written. Written to the audit log (\`edit\`).`,
    parameters: { slug: SLUG },
    answers: { 200: { description: 'The event after the edit.', json: AdminEventView } },
    problems: [
      'event_not_found',
      'event_cancelled',
      'event_has_registrations',
      'event_edit_conflict',
      'theme_not_found',
      'territory_not_found',
    ],
  },
  'POST /:slug/duplicate': {
    summary: 'Duplicate an event',
    description: `${ORGANISERS} A copy under a new slug and start (same duration), with its own UID, no registrations, no minutes. Written to the audit log (\`duplicate\`, on the copy).`,
    parameters: { slug: SLUG },
    answers: { 201: { description: 'The copy.', json: AdminEventView } },
    problems: ['event_not_found', 'slug_taken'],
  },
  'POST /:slug/cancel': {
    summary: 'Cancel an event',
    description: `${ORGANISERS} The event stays listed and in the feeds, as cancelled; \`sequence\` goes up. Written to the audit log (\`cancel\`, with the reason).`,
    parameters: { slug: SLUG },
    answers: { 200: { description: 'The event, cancelled.', json: AdminEventView } },
    problems: ['event_not_found', 'event_cancelled'],
  },
  'GET /:slug/registrations': {
    summary: 'The registrations of an event',
    description: `${ORGANISERS} Per mode: seats (confirmed, then held for guests), the waitlist in order with positions, the cancelled. Never an e-mail address.`,
    parameters: { slug: SLUG },
    answers: { 200: { description: 'Every registration.', json: AdminRegistrationList } },
    problems: ['event_not_found'],
  },
  'GET /:slug/registrations/export.csv': {
    summary: 'Export the registrations of an event',
    description: `${ORGANISERS} CSV, UTF-8 with a byte-order mark, formula-safe; in registration order. Never an e-mail address.`,
    parameters: { slug: SLUG },
    answers: { 200: { description: 'The registrations.', csv: { columns: REGISTRATION_COLUMNS } } },
    problems: ['event_not_found'],
  },
  'PATCH /:slug/attendance': {
    summary: 'Mark who came',
    description: `${ORGANISERS} By registration; the minutes count those marked as having come. Written to the audit log (\`attendance\`).`,
    parameters: { slug: SLUG },
    answers: { 200: { description: 'Every registration, as marked.', json: AdminRegistrationList } },
    problems: ['event_not_found', 'registration_not_found'],
  },
  'PUT /:slug/minutes': {
    summary: 'Publish the minutes',
    description: `${ORGANISERS} Once the event is over: the minute-taker’s text, published with the attendance figures by role and territory (again: corrected). Written to the audit log (\`minutes\`).`,
    parameters: { slug: SLUG },
    answers: { 200: { description: 'The event with its minutes.', json: AdminEventView } },
    problems: ['event_not_found', 'event_not_ended', 'event_cancelled'],
  },
};
