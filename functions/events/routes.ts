/**
 * Public event routes: the list and the detail (JSON or iCalendar), the
 * feed of a list's filters, registering and cancelling one's registration,
 * the links of the e-mails, and a person's private calendar feed.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { Instant, Language } from '../../schema/common.ts';
import {
  EVENT_PROBLEMS,
  type EventFeedLink,
  EventFormat,
  type EventList,
  EventListQuery,
  EventMode,
  RegistrationInput,
  type RegistrationReceipt,
  RegistrationTokenInput,
  type SeatMode,
} from '../../schema/events.ts';
import type { ProblemIssue } from '../../schema/problem.ts';
import { TerritoryCode } from '../../schema/territories.ts';
import { eventConfirmMinutes, publicOrigin, turnstileSettings } from '../config.ts';
import type { Env } from '../env.ts';
import { audiencesOf, requireAudience } from '../identity/audience.ts';
import { type Participant, participantId } from '../identity/participant.ts';
import { decodeCursor, page } from '../lib/cursor.ts';
import type { Db } from '../lib/db.ts';
import { SlugParam } from '../lib/params.ts';
import { verifyTurnstile } from '../lib/turnstile.ts';
import { type IdentityVariables, identity } from '../middleware/identity.ts';
import { limitAnonymousWrites } from '../middleware/rate-limit.ts';
import { KB, validate } from '../middleware/validate.ts';
import { deliverSoon } from '../outbox/delivery.ts';
import { ProblemError, problemsOf } from '../problems.ts';
import { findThemeBySlug } from '../themes/queries.ts';
import { calendarEntry, icsCalendar } from './ics.ts';
import { cancelByToken, confirmByToken, toRegistrationReceipt } from './links.ts';
import { eventConfirmSeat, eventRegistered } from './messages.ts';
import {
  alreadyRegisteredStatements,
  attendeeCounts,
  cancelRegistration,
  type EventKeyset,
  type EventPage,
  type EventRecord,
  feedEvents,
  feedGeneration,
  findStanding,
  linkUrl,
  listEvents,
  loadEvent,
  loadRegistrationContext,
  type RegistrationContext,
  type RegistrationOutcome,
  register,
  registrationMessage,
  rememberFeed,
  resetFeed,
} from './queries.ts';
import { newLinkToken, promotionTokens, tokenHash } from './tokens.ts';
import { eventLink, type Links, mailLinks, toEventSummary, toEventView } from './view.ts';

const eventProblem = problemsOf(EVENT_PROBLEMS);

/** The keyset inside a list cursor: the last event's start and id. */
const CursorKeyset = v.pipe(
  v.tuple([Instant, v.pipe(v.number(), v.integer(), v.minValue(1))]),
  v.transform(([startsAt, id]): EventKeyset => ({ startsAt, id })),
);

/** An event's slug, or its slug and `.ics` for its calendar file. */
const EventPathParam = v.object({
  slug: v.pipe(
    v.string(),
    v.maxLength(68),
    v.regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.ics)?$/,
      'an event’s slug, or its slug followed by .ics for its calendar file',
    ),
  ),
});

/** The language of what is written for people (calendar files and links). */
const LanguageQuery = v.object({
  /** The language of the calendar texts (`fr`, the default, `nl` or `en`). */
  lang: v.optional(Language, 'fr'),
});

/** `GET /api/v1/events.ics`: the list's filters, and the language. */
const FeedQuery = v.object({
  theme: EventListQuery.entries.theme,
  territory: v.optional(TerritoryCode),
  format: v.optional(EventFormat),
  mode: v.optional(EventMode),
  lang: v.optional(Language, 'fr'),
});

/** The private feed's path: its token and `.ics`. */
const FeedTokenParam = v.object({
  token: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}\.ics$/, 'a private feed’s token followed by .ics')),
});

/** A guest's name, e-mail and consent, consent at most, Turnstile token at most 4 KB: under 8 KB however escaped. */
const registrationBody = validate('json', RegistrationInput, { maxBytes: 8 * KB });

/** How many events a feed holds at most: what is to come, and the last month. */
const FEED_UPCOMING = 500;
const FEED_PAST_DAYS = 30;

const ICS_TYPE = 'text/calendar; charset=utf-8';

function linksOf(env: Env, requestUrl: string): Links {
  return { origin: publicOrigin(env, requestUrl) ?? new URL(requestUrl).origin, env };
}

async function themeIdOf(db: Db, slug: string | undefined): Promise<number | undefined> {
  if (slug === undefined) return undefined;
  const theme = await findThemeBySlug(db, slug);
  if (!theme) throw new ProblemError('theme_not_found', `There is no theme "${slug}".`);
  return theme.id;
}

function eventNotFound(slug: string): ProblemError {
  return eventProblem('event_not_found', `There is no event "${slug}".`);
}

/**
 * The keyed hash that stands for a guest: their lower-cased e-mail under a
 * key of its own, so that it can never equal a participant id.
 */
function guestKey(env: Env, email: string): Promise<string> {
  return participantId(`${env.PARTICIPANT_KEY}\u0000guest-email`, email.trim().toLowerCase());
}

/**
 * A signed-in person's private feed token of a generation: always the same
 * for them and that generation, known only with the key. Generation 0 is the
 * id alone, so the links given before resets existed keep working.
 */
function feedToken(env: Env, participant: string, generation: number): Promise<string> {
  const subject = generation === 0 ? participant : `${participant}\u0000${generation}`;
  return participantId(`${env.PARTICIPANT_KEY}\u0000event-feed`, subject);
}

/** How many times a feed link is read again when resets keep coming in between (never, in practice). */
const FEED_ATTEMPTS = 3;

/**
 * The URL of a signed-in person's private feed, its token's hash stored:
 * the current link, or with `reset` a new one (the old one then finds
 * nothing). The generation is read, then written only if unchanged, again
 * if a reset came in between.
 */
async function feedLink(
  env: Env,
  db: Db,
  participant: string,
  requestUrl: string,
  reset: boolean,
): Promise<string> {
  const write = reset ? resetFeed : rememberFeed;
  for (let attempt = 0; attempt < FEED_ATTEMPTS; attempt++) {
    const generation = await feedGeneration(db, participant);
    const token = await feedToken(env, participant, reset ? generation + 1 : generation);
    if (await write(db, participant, generation, await tokenHash(token), new Date().toISOString())) {
      return new URL(`/api/v1/calendar/${token}.ics`, linksOf(env, requestUrl).origin).href;
    }
  }
  throw new Error('The private feed kept changing while it was read.');
}

function calendarResponse(text: string, filename: string, cache: string): Response {
  return new Response(text, {
    headers: {
      'Content-Type': ICS_TYPE,
      'Content-Disposition': `inline; filename="${filename}"`,
      'Cache-Control': cache,
    },
  });
}

export const eventRoutes = new Hono<{ Bindings: Env; Variables: IdentityVariables }>()
  .use(identity)
  .get('/', validate('query', EventListQuery), async (c) => {
    const query = c.req.valid('query');
    const rows = await listEvents(c.get('db'), {
      ...filtersOf(query),
      themeId: await themeIdOf(c.get('db'), query.theme),
      when: query.when,
      now: new Date().toISOString(),
      after: query.cursor === undefined ? undefined : decodeCursor(query.cursor, CursorKeyset),
      // One row more than asked tells whether there is a next page.
      limit: query.limit + 1,
    });
    const { items, nextCursor } = page(rows, query.limit, (last) => [last.startsAt, last.id]);
    return c.json({ events: items.map(toEventSummary), nextCursor } satisfies EventList);
  })
  // Before /:slug: `feed` is not an event.
  .get('/feed', async (c) => {
    const participant = c.get('participant');
    if (participant === null || participant.anonymous) {
      throw new ProblemError('sign_in_required', 'Sign in on the host site to get your calendar feed.');
    }
    const url = await feedLink(c.env, c.get('db'), participant.id, c.req.url, false);
    c.header('Cache-Control', 'private, no-store');
    return c.json({ url } satisfies EventFeedLink);
  })
  // A leaked link is revoked by giving the person a new one.
  .post('/feed/reset', async (c) => {
    const participant = c.get('participant');
    if (participant === null || participant.anonymous) {
      throw new ProblemError('sign_in_required', 'Sign in on the host site to reset your calendar feed.');
    }
    const url = await feedLink(c.env, c.get('db'), participant.id, c.req.url, true);
    c.header('Cache-Control', 'private, no-store');
    return c.json({ url } satisfies EventFeedLink);
  })
  .get('/:slug', validate('param', EventPathParam), validate('query', LanguageQuery), async (c) => {
    const { slug: path } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    const file = path.endsWith('.ics');
    const slug = file ? path.slice(0, -4) : path;
    const participant = file ? null : c.get('participant');
    const found = await loadEvent(c.get('db'), slug, participant?.id ?? null);
    if (!found) throw eventNotFound(slug);
    const links = linksOf(c.env, c.req.url);
    if (file) {
      const text = icsCalendar([calendarEntry(found.event, lang, eventLink(links, slug))]);
      return calendarResponse(text, `${slug}.ics`, 'public, max-age=300');
    }
    const attendees = found.event.minutes ? await attendeeCounts(c.get('db'), found.event.id) : null;
    c.header('Cache-Control', 'private, no-cache');
    return c.json(
      toEventView(found.event, {
        participant,
        mine: found.mine,
        attendees,
        now: new Date(),
        links,
        language: lang,
      }),
    );
  })
  .post(
    '/:slug/registrations',
    limitAnonymousWrites,
    validate('param', SlugParam),
    registrationBody,
    async (c) => {
      const { slug } = c.req.valid('param');
      const input = c.req.valid('json');
      const participant = c.get('participant');
      const db = c.get('db');
      const now = new Date();
      const at = now.toISOString();
      const signedIn = participant !== null && !participant.anonymous;
      const territory = input.territory ?? null;
      const links = mailLinks(c.env, c.req.url);
      const [cancelToken, confirmToken] = [await newLinkToken(), await newLinkToken()];
      let outcome: RegistrationOutcome;
      if (signedIn) {
        // Happy path: one round trip that writes and reads back.
        outcome = await register(db, {
          id: crypto.randomUUID(),
          slug,
          person: participant.id,
          participant: participant.id,
          guest: false,
          mode: input.mode,
          name: participant.name,
          email: input.email || null,
          language: input.language,
          role:
            input.role && participant.roles.includes(input.role)
              ? input.role
              : (participant.roles[0] ?? null),
          territory,
          audiences: audiencesOf(participant),
          now: at,
          expiresAt: null,
          cancelToken,
          confirmToken: null,
          messages: (hash) => [
            registrationMessage(db, {
              message: eventRegistered,
              where: 'r.id = (SELECT registration_id FROM registration_tokens WHERE token_hash = ?1)',
              params: [hash],
              link: links.eventLink(slug),
              cancelUrl: linkUrl(links, 'cancel', cancelToken.token),
              confirmUrl: null,
              dedupeKey: "'event-registered:' || ?1",
              at,
            }),
          ],
        });
      } else {
        const issues = guestIssues(input);
        if (issues.length > 0) {
          // Whether the event would take a guest at all comes first (a 404, 401 or 403 says more).
          const context = await loadRegistrationContext(db, slug, territory);
          refuseGuest(context, slug, now);
          throw new ProblemError(
            'validation_failed',
            'A guest registers with a name, an e-mail and consent.',
            {
              issues,
            },
          );
        }
        const turnstile = turnstileSettings(c.env);
        if (turnstile)
          await verifyTurnstile(turnstile, input.turnstileToken, c.req.header('CF-Connecting-IP'));
        const email = (input.email ?? '').trim();
        const expiresAt = new Date(now.getTime() + eventConfirmMinutes(c.env) * 60_000).toISOString();
        const person = await guestKey(c.env, email);
        const [reminderCancel, reminderConfirm] = [await newLinkToken(), await newLinkToken()];
        outcome = await register(db, {
          id: crypto.randomUUID(),
          slug,
          person,
          participant: participant?.id ?? null,
          guest: true,
          mode: input.mode,
          name: (input.name ?? '').trim(),
          email,
          language: input.language,
          role: input.role ?? null,
          territory,
          audiences: ['public'],
          now: at,
          expiresAt,
          cancelToken,
          confirmToken,
          messages: (hash) => [
            registrationMessage(db, {
              message: eventConfirmSeat,
              where: 'r.id = (SELECT registration_id FROM registration_tokens WHERE token_hash = ?1)',
              params: [hash],
              link: links.eventLink(slug),
              cancelUrl: linkUrl(links, 'cancel', cancelToken.token),
              confirmUrl: linkUrl(links, 'confirm', confirmToken.token),
              dedupeKey: "'event-confirm-seat:' || ?1",
              at,
            }),
          ],
          ifAlreadyRegistered: (hash) =>
            alreadyRegisteredStatements(db, {
              slug,
              person,
              mode: input.mode,
              territory,
              writtenIf: hash,
              now: at,
              cancelToken: reminderCancel,
              confirmToken: reminderConfirm,
              links,
            }),
        });
        if (!outcome.written && outcome.receipt && outcome.receipt.status !== 'cancelled') {
          // The address is registered already: answered as a new one would be, so that nobody learns
          // whether it is; its holder alone hears of it (the reminder the same batch enqueued).
          const lookalike = newcomerReceipt(outcome.context, slug, input.mode, now, expiresAt);
          if (lookalike) {
            deliverSoon(c);
            return c.json(lookalike, 201);
          }
        }
      }
      if (outcome.written && outcome.receipt) {
        deliverSoon(c);
        return c.json(toRegistrationReceipt(outcome.receipt), 201);
      }
      throw refusal(outcome, input.mode, slug, signedIn ? participant : null, now);
    },
  )
  .delete('/:slug/registrations/mine', validate('param', SlugParam), async (c) => {
    const { slug } = c.req.valid('param');
    const participant = c.get('participant');
    if (participant === null) {
      throw new ProblemError('sign_in_required', 'Sign in (or send your Sip-Participant id) to cancel.');
    }
    const now = new Date().toISOString();
    const { event, registration } = await findStanding(c.get('db'), slug, participant.id);
    if (!event) throw eventNotFound(slug);
    if (event.endsAt <= now) throw eventProblem('event_past', 'The event is over: its registrations stay.');
    if (!registration) {
      throw eventProblem('registration_not_found', `You hold no registration for "${slug}".`);
    }
    const [tokens] = await promotionTokens(1);
    const { receipt, promoted } = await cancelRegistration(c.get('db'), {
      registration,
      now,
      tokens,
      links: mailLinks(c.env, c.req.url),
    });
    if (!receipt) throw new Error(`registration ${registration.id} vanished while being cancelled`);
    if (promoted) deliverSoon(c);
    return c.json(toRegistrationReceipt(receipt));
  });

function filtersOf(query: { territory?: string; format?: EventPage['format']; mode?: EventPage['mode'] }) {
  return { territory: query.territory, format: query.format, mode: query.mode };
}

/** What a guest must give: a name, an e-mail and consent. */
function guestIssues(input: RegistrationInput): ProblemIssue[] {
  const issues: ProblemIssue[] = [];
  if (!input.name?.trim()) issues.push({ path: 'name', message: 'a guest gives their name' });
  if (!input.email?.trim()) issues.push({ path: 'email', message: 'a guest gives an e-mail address' });
  if (input.consent !== true) {
    issues.push({ path: 'consent', message: 'a guest consents to the use of their name and e-mail' });
  }
  return issues;
}

/** Throws why the event would refuse a guest whatever they send; returns when it would take one. */
function refuseGuest(context: RegistrationContext, slug: string, now: Date): void {
  const { event } = context;
  if (!event) throw eventNotFound(slug);
  if (event.status === 'cancelled') throw cancelled();
  if (Date.parse(event.endsAt) <= now.getTime()) throw past();
  if (event.audience !== 'public') {
    throw new ProblemError('sign_in_required', 'Sign in on the host site to register for this event.');
  }
  if (!event.allowGuests) {
    throw eventProblem(
      'guests_not_allowed',
      'Sign in on the host site to register: this event takes no guests.',
    );
  }
}

function cancelled(): ProblemError {
  return eventProblem('event_cancelled', 'The event is cancelled.');
}

function past(): ProblemError {
  return eventProblem('event_past', 'The event is over.');
}

/**
 * The receipt a guest with a new address would get from the event as the
 * transaction read it (a held seat while one is free and nobody waits, else
 * the next place in line), or null where a new address would be refused:
 * what a guest whose address is registered already is answered, so that the
 * answer tells nobody whether it is.
 */
function newcomerReceipt(
  context: RegistrationContext,
  slug: string,
  mode: SeatMode,
  now: Date,
  expiresAt: string,
): RegistrationReceipt | null {
  const { event } = context;
  if (event?.status !== 'scheduled' || Date.parse(event.endsAt) <= now.getTime()) return null;
  if (event.audience !== 'public' || !event.allowGuests || !context.territoryKnown) return null;
  const [capacity, seats] = [event.capacity[mode], event.seats[mode]];
  if (capacity === undefined || seats === undefined) return null;
  const free = seats.taken < capacity && seats.waitlisted === 0;
  if (!free && !event.waitlist) return null;
  return {
    event: slug,
    mode,
    status: free ? 'pending_confirmation' : 'waitlisted',
    position: free ? null : seats.waitlisted + 1,
    expiresAt,
  };
}

/**
 * Why the database refused a registration, from what it read in the same
 * transaction: the same rules as the write, in the order a visitor should
 * hear them.
 */
function refusal(
  outcome: RegistrationOutcome,
  mode: SeatMode,
  slug: string,
  participant: Participant | null,
  now: Date,
): ProblemError {
  const { event } = outcome.context;
  if (participant === null) refuseGuest(outcome.context, slug, now);
  if (!event) throw eventNotFound(slug);
  if (event.status === 'cancelled') return cancelled();
  if (Date.parse(event.endsAt) <= now.getTime()) return past();
  if (participant)
    requireAudience(event.audience, participant, { item: 'this event', action: 'A registration' });
  if (event.capacity[mode] === undefined) {
    return eventProblem('mode_not_offered', `This event has no ${mode.replace('_', ' ')} seats.`, {
      issues: [
        { path: 'mode', message: `one of the event’s modes: ${Object.keys(event.capacity).join(', ')}` },
      ],
    });
  }
  if (!outcome.context.territoryKnown) {
    return new ProblemError('territory_not_found', 'Unknown territory.', {
      issues: [{ path: 'territory', message: 'not one of GET /api/v1/territories' }],
    });
  }
  // Only a signed-in person hears it: a guest's address is answered as a new one (newcomerReceipt).
  if (participant && outcome.receipt && outcome.receipt.status !== 'cancelled') {
    return eventProblem('already_registered', 'You are already registered for this event.');
  }
  const seats = event.seats[mode];
  const capacity = event.capacity[mode];
  if (!event.waitlist && seats && (seats.taken >= capacity || seats.waitlisted > 0)) {
    return eventProblem(
      'event_full',
      `No ${mode.replace('_', ' ')} seat is left, and this event has no waitlist.`,
    );
  }
  // The write and these checks disagree: a bug, not the visitor's fault.
  throw new Error(`registration for "${slug}" refused by the database for no known reason`);
}

/** `GET /api/v1/events.ics`: the events of a list's filters, as a calendar to subscribe to. */
export const eventFeedRoutes = new Hono<{ Bindings: Env }>().get(
  '/',
  validate('query', FeedQuery),
  async (c) => {
    const query = c.req.valid('query');
    const db = c.get('db');
    const now = new Date();
    const filters = {
      ...filtersOf(query),
      themeId: await themeIdOf(db, query.theme),
      now: now.toISOString(),
    };
    const [upcoming, past] = await Promise.all([
      listEvents(db, { ...filters, when: 'upcoming', limit: FEED_UPCOMING }),
      listEvents(db, {
        ...filters,
        when: 'past',
        from: new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000).toISOString(),
        limit: FEED_UPCOMING,
      }),
    ]);
    const links = linksOf(c.env, c.req.url);
    const events: EventRecord[] = [...past.reverse(), ...upcoming];
    const text = icsCalendar(
      events.map((event) => calendarEntry(event, query.lang, eventLink(links, event.slug))),
      { name: FEED_NAMES[query.lang], refreshHours: 6 },
    );
    return calendarResponse(text, 'smart-in-progress.ics', 'public, max-age=300');
  },
);

const FEED_NAMES = {
  fr: 'Smart in Progress : agenda',
  nl: 'Smart in Progress: agenda',
  en: 'Smart in Progress: events',
} as const;

/** `GET /api/v1/calendar/:token.ics`: a person's private feed of the events they registered for. */
export const calendarRoutes = new Hono<{ Bindings: Env }>().get(
  '/:token',
  validate('param', FeedTokenParam),
  async (c) => {
    const token = c.req.valid('param').token.slice(0, -4);
    const { found, events, language } = await feedEvents(c.get('db'), await tokenHash(token));
    if (!found) throw eventProblem('registration_not_found', 'This calendar link opens no feed.');
    const links = linksOf(c.env, c.req.url);
    const text = icsCalendar(
      events.map((event) => calendarEntry(event, language, eventLink(links, event.slug))),
      { name: FEED_NAMES[language], refreshHours: 1 },
    );
    return calendarResponse(text, 'my-events.ics', 'private, max-age=300');
  },
);

/** Token bodies: 128 characters at most, under 1 KB however escaped. */
const tokenBody = validate('json', RegistrationTokenInput, { maxBytes: KB });

/** `POST /api/v1/registrations/confirm` and `/cancel`: what the e-mails' links do, for clients. */
export const registrationRoutes = new Hono<{ Bindings: Env }>()
  .post('/confirm', tokenBody, async (c) => {
    const receipt = await confirmByToken(
      c.get('db'),
      c.req.valid('json').token,
      new Date(),
      mailLinks(c.env, c.req.url),
    );
    deliverSoon(c);
    return c.json(toRegistrationReceipt(receipt));
  })
  .post('/cancel', tokenBody, async (c) => {
    const receipt = await cancelByToken(
      c.get('db'),
      c.req.valid('json').token,
      new Date(),
      mailLinks(c.env, c.req.url),
    );
    deliverSoon(c);
    return c.json(toRegistrationReceipt(receipt));
  });
