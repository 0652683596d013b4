/**
 * The event calendar: events and registrations (`/api/v1/events`), the feed
 * of a list's filters (`/api/v1/events.ics`), the links of the e-mails
 * (`/api/v1/registrations`, and the pages at `/registrations/*`), a
 * person's private feed (`/api/v1/calendar`), the organisers' routes; the
 * erasure of a participant's registrations; the daily release of lapsed
 * holds, waitlist sweep and purge of guests' data.
 */
import * as eventSchemas from '../../schema/events.ts';
import { EVENT_PROBLEMS } from '../../schema/events.ts';
import { guestRetentionDays } from '../config.ts';
import type { Env } from '../env.ts';
import type { Feature } from '../lib/feature.ts';
import { adminEvents } from './admin.ts';
import { releaseLapsedHolds, sendDueReminders, sweepWaitlists } from './jobs.ts';
import { EVENT_MESSAGES } from './messages.ts';
import { adminEventDocs, calendarDocs, eventDocs, eventFeedDocs, registrationDocs } from './openapi.ts';
import { registrationPages } from './pages.ts';
import { purgeRegistrationEmails, registrationErasure } from './queries.ts';
import { calendarRoutes, eventFeedRoutes, eventRoutes, registrationRoutes } from './routes.ts';
import { mailLinks } from './view.ts';

/** Every few minutes: guests' lapsed holds released (the next person moved up), free seats filled, reminders. */
async function everyFewMinutes(env: Env, now: Date): Promise<void> {
  const links = mailLinks(env);
  const { released, promoted } = await releaseLapsedHolds(env.DB, now, links);
  const swept = await sweepWaitlists(env.DB, now, links);
  const reminded = await sendDueReminders(env.DB, now, links);
  if (released + promoted + swept + reminded > 0) {
    console.log(
      `events: released ${released} hold(s), moved ${promoted + swept} up, ${reminded} reminder(s)`,
    );
  }
}

export const events: Feature = {
  path: 'events',
  routes: eventRoutes,
  admin: adminEvents,
  pages: registrationPages,
  problems: EVENT_PROBLEMS,
  docs: { routes: eventDocs, admin: adminEventDocs },
  schemas: [eventSchemas],
  // Registrations of events to come are deleted (their seats free up); those of past events anonymised.
  erase: { name: 'registrations', statements: registrationErasure },
  messages: EVENT_MESSAGES,
  frequent: everyFewMinutes,
  async daily(env, now) {
    // The same as every few minutes, for a deployment without the frequent cron; then the purge.
    await everyFewMinutes(env, now);
    const purged = await purgeRegistrationEmails(env.DB, guestRetentionDays(env), now);
    console.log(`events: purged the guests' data of ${purged} registration(s)`);
  },
};

/** The feed of a list's filters: `/api/v1/events.ics`, beside the list. */
export const eventFeed: Feature = {
  path: 'events.ics',
  routes: eventFeedRoutes,
  docs: { routes: eventFeedDocs },
};

/** What the links of the e-mails do, for clients: `/api/v1/registrations/confirm` and `/cancel`. */
export const registrationLinks: Feature = {
  path: 'registrations',
  routes: registrationRoutes,
  docs: { routes: registrationDocs },
};

/** A person's private feed: `/api/v1/calendar/<token>.ics`. */
export const privateCalendars: Feature = {
  path: 'calendar',
  routes: calendarRoutes,
  docs: { routes: calendarDocs },
};

/** The event calendar's features, in the route table's order. */
export const EVENT_FEATURES: readonly Feature[] = [events, eventFeed, registrationLinks, privateCalendars];
