/**
 * `<sip-event-calendar>`'s requests: pages of events, one event as the
 * visitor sees it, registering and cancelling, the calendar feed of the
 * current filters, and a signed-in person's private feed. The themes and territories its filters offer are the reads
 * it shares with the other widgets (see internal/catalog.ts).
 */
import type {
  EventFeedLink,
  EventList,
  EventView,
  RegistrationInput,
  RegistrationReceipt,
} from '../../schema/events.ts';
import { request } from '../internal/api.ts';
import { endpoint } from '../internal/config.ts';

export { loadTerritories, loadThemes } from '../internal/catalog.ts';

/** What the visitor (or the host page's attributes) narrowed the calendar to; an empty value is no filter. */
export interface EventFilters {
  theme: string;
  territory: string;
  format: string;
  mode: string;
  /** `upcoming` or `past`. */
  when: string;
}

/** The filters a calendar feed follows: all but the period (a feed always brings what comes next). */
const FEED_FILTERS = ['theme', 'territory', 'format', 'mode'] as const;

function withParams(url: URL, params: Record<string, string | number | undefined>): URL {
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  return url;
}

/**
 * A page of events, without identity (lists are the same for everyone, and
 * stay simple CORS requests). `from` and `to` bound a month; `cursor` comes
 * from the previous page.
 */
export function eventsPage(
  base: string,
  query: EventFilters & { limit: number; cursor?: string; from?: string; to?: string },
  signal?: AbortSignal,
): Promise<EventList> {
  return request<EventList>(withParams(endpoint(base, 'events'), { ...query }), {
    token: null,
    anonymous: false,
    signal,
  });
}

/**
 * One event as this visitor sees it: their registration, and whether they
 * may register. `language` is that of its calendar links' texts.
 */
export function readEvent(
  base: string,
  slug: string,
  token: string | null,
  language: string,
  signal?: AbortSignal,
) {
  const url = withParams(endpoint(base, 'events', slug), { lang: language });
  return request<EventView>(url, { token, signal });
}

/**
 * Registers the visitor: a signed-in person with their token, a guest with a
 * name, an e-mail, consent and, when the site asks for one, a Turnstile token.
 */
export function register(
  base: string,
  slug: string,
  input: RegistrationInput,
  token: string | null,
): Promise<RegistrationReceipt> {
  return request<RegistrationReceipt>(endpoint(base, 'events', slug, 'registrations'), {
    method: 'POST',
    body: input,
    token,
  });
}

/** Cancels the visitor's own registration; the seat goes to the first person waiting. */
export function cancelRegistration(base: string, slug: string, token: string | null) {
  return request<RegistrationReceipt>(endpoint(base, 'events', slug, 'registrations', 'mine'), {
    method: 'DELETE',
    token,
  });
}

/** The calendar feed of these filters (`…/events.ics?theme=…`), its texts in `language`, for calendars to subscribe to. */
export function feedUrl(base: string, filters: EventFilters, language: string): URL {
  const params = Object.fromEntries(FEED_FILTERS.map((name) => [name, filters[name]]));
  return withParams(endpoint(base, 'events.ics'), { ...params, lang: language });
}

/**
 * A signed-in person's private feed of the events they registered for: its
 * URL, or a new one (`reset`) that makes the previous one answer 404.
 */
export function myFeed(base: string, token: string | null, reset: boolean): Promise<EventFeedLink> {
  const url = reset ? endpoint(base, 'events', 'feed', 'reset') : endpoint(base, 'events', 'feed');
  return request<EventFeedLink>(url, { method: reset ? 'POST' : 'GET', token });
}
