/**
 * Test doubles for the organisers' screens: events and registrations built
 * to the contract's schemas (and parsed by them, so they cannot drift from
 * it), the admin API stub of the moderation page answering as an organiser,
 * and a catcher for the CSV downloads.
 */
import { fixture } from '@open-wc/testing';
import * as v from 'valibot';
import { AdminRegistration, EventList, EventSummary, EventView } from '../../../schema/events.ts';
import { AdminIdentity } from '../../../schema/moderation.ts';
import { jsonResponse } from '../../internal/test-helpers.ts';
import type { Named } from '../model.ts';
import { API, type ApiStub, type Routes, serveApi, TERRITORIES, THEMES } from '../test-utils.ts';
import type { AdminEventView } from './events.api.ts';
import type { SipModerationEvents } from './events.ts';
import './events.ts';

export { API };

/** What the admin API answers for one event: the public view, plus what organisers alone see. */
export const AdminEventViewSchema = v.object({
  ...EventView.entries,
  onlineUrl: v.nullable(v.pipe(v.string(), v.url())),
  reminderHours: v.optional(v.number()),
});

export const ORGANISER: AdminIdentity = v.parse(AdminIdentity, {
  name: 'Inès Martin',
  role: 'organiser',
  via: 'token',
});

const DAY = 24 * 60 * 60 * 1000;
/** An instant `days` from now, on the hour. */
export const inDays = (days: number, hour = 0) =>
  new Date(Math.floor((Date.now() + days * DAY) / 3_600_000) * 3_600_000 + hour * 3_600_000).toISOString();

/** An upcoming in-person workshop in Brussels, 20 seats with 18 taken and 3 waiting, unless overridden. */
export function eventView(
  overrides: Partial<v.InferInput<typeof AdminEventViewSchema>> = {},
): AdminEventView {
  const startsAt = overrides.startsAt ?? inDays(10);
  return v.parse(AdminEventViewSchema, {
    slug: 'atelier-bruxelles',
    format: 'workshop',
    mode: 'in_person',
    status: 'scheduled',
    title: {
      fr: 'Atelier : nos outils communs',
      nl: 'Workshop: onze gedeelde tools',
      en: 'Workshop: our shared tools',
    },
    themes: [THEMES.themes[1]],
    territory: 'be-bru',
    city: 'Bruxelles',
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString(),
    timeZone: 'Europe/Brussels',
    audience: 'public',
    seats: { in_person: { capacity: 20, taken: 18, left: 2, waitlist: 3 } },
    languages: ['fr'],
    description: { fr: 'Deux heures pour faire le point sur nos outils.\n\nApportez vos idées.' },
    place: { name: 'La Vallée', address: 'Rue Adolphe Lavallée 39, 1080 Bruxelles' },
    facilitator: 'Nora Benali',
    referents: ['Jan Peeters'],
    secretary: 'Lucie Fontaine',
    accessibility: { stepFree: true, signLanguage: false, note: null },
    allowGuests: true,
    waitlist: true,
    minutes: null,
    sequence: 0,
    myRegistration: null,
    eligibility: { canRegister: false, reason: 'sign_in_required' },
    calendar: {
      ics: 'https://api.test/api/v1/events/atelier-bruxelles.ics',
      google: 'https://calendar.google.com/calendar/render?action=TEMPLATE',
      outlook: 'https://outlook.live.com/calendar/0/deeplink/compose',
    },
    onlineUrl: null,
    reminderHours: 24,
    ...overrides,
  }) as AdminEventView;
}

/** The event as the list shows it. */
export const summaryOf = (event: AdminEventView): EventSummary => v.parse(EventSummary, event);

export function eventList(events: AdminEventView[], nextCursor: string | null = null): EventList {
  return v.parse(EventList, { events: events.map(summaryOf), nextCursor });
}

/** A confirmed, signed-in registration in person; `n` makes id, name and time distinct (older first). */
export function registration(
  n: number,
  overrides: Partial<v.InferInput<typeof AdminRegistration>> = {},
): AdminRegistration {
  return v.parse(AdminRegistration, {
    id: `r${n}`,
    mode: 'in_person',
    status: 'confirmed',
    position: null,
    name: `Personne ${n}`,
    guest: false,
    role: 'freelancer',
    territory: 'be-bru',
    hasEmail: true,
    registeredAt: inDays(-20 + n),
    attended: null,
    ...overrides,
  });
}

export const NAMED_THEMES: Named[] = THEMES.themes.map((theme) => ({ key: theme.slug, name: theme.title }));
export const NAMED_TERRITORIES: Named[] = TERRITORIES.territories.map((territory) => ({
  key: territory.code,
  name: territory.name,
}));

/** The moderation page's stub, signed in as an organiser, with `events` listed and each answered by its slug. */
export function serveEvents(events: AdminEventView[], routes: Routes = {}): ApiStub {
  const bySlug: Routes = Object.fromEntries(
    events.map((event) => [`GET admin/events/${event.slug}`, () => jsonResponse(event)]),
  );
  return serveApi({
    'GET admin/me': () => jsonResponse(ORGANISER),
    'GET admin/events': (call) =>
      jsonResponse(
        eventList(
          events.filter((event) =>
            call.url.searchParams.get('when') === 'past'
              ? Date.parse(event.endsAt) <= Date.now()
              : Date.parse(event.endsAt) > Date.now(),
          ),
        ),
      ),
    'GET admin/audit': () => jsonResponse({ entries: [], nextCursor: null }),
    ...bySlug,
    ...Object.fromEntries(
      events.map((event) => [
        `GET admin/events/${event.slug}/registrations`,
        () => jsonResponse({ registrations: [] }),
      ]),
    ),
    ...routes,
  });
}

/** The view on its own, as the page renders it, once every answer is rendered. */
export async function mountEvents(api: ApiStub, attributes = ''): Promise<SipModerationEvents> {
  const el = await fixture<SipModerationEvents>(
    `<sip-moderation-events api="${API}" ${attributes}></sip-moderation-events>`,
  );
  el.themes = NAMED_THEMES;
  el.territories = NAMED_TERRITORIES;
  await api.idle();
  return el;
}

export interface Download {
  name: string;
  text: string;
}

/** Catches what the page hands the browser to download, instead of downloading it. */
export function catchDownloads(): { downloads: Promise<Download>[]; restore(): void } {
  const click = HTMLAnchorElement.prototype.click;
  const createObjectURL = URL.createObjectURL;
  const blobs = new Map<string, Blob>();
  const downloads: Promise<Download>[] = [];
  URL.createObjectURL = (blob: Blob) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) return click.call(this);
    downloads.push(blob.text().then((text) => ({ name: this.download, text })));
  };
  return {
    downloads,
    restore() {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = createObjectURL;
    },
  };
}

/** Types into a field as the browser would report it (`input`), or picks a choice (`change`). */
export function fill(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}
