/**
 * Typed reads of the JSON vars and secrets. Each value is parsed once per
 * isolate (and again only if the raw text changes), and a malformed value is
 * a deployment error: it throws, which the app turns into a logged 500.
 */
import * as v from 'valibot';
import { AdminRole } from '../schema/moderation.ts';
import type { Env } from './env.ts';

/** SITES, reduced to what the Worker needs from it: the set of allowed origins. */
/**
 * A host site's id (a token's `iss`). `anon` is taken: anonymous visitors'
 * participant ids are keyed hashes of `anon:<uuid>`, so a site by that name
 * could pass its people off as anonymous visitors (and erase them as such).
 */
const SiteId = v.pipe(v.string(), v.minLength(1), v.notValue('anon'));

const AllowedOrigins = v.pipe(
  v.record(SiteId, v.object({ origins: v.array(v.string()) })),
  v.transform((sites): ReadonlySet<string> => new Set(Object.values(sites).flatMap((site) => site.origins))),
);
const SiteSecrets = v.record(SiteId, v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)));

function cachedParser<S extends v.GenericSchema>(name: string, schema: S) {
  let cache: { raw: string; value: v.InferOutput<S> } | undefined;
  return (raw: string): v.InferOutput<S> => {
    if (cache?.raw !== raw) {
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new Error(`${name} is not valid JSON`);
      }
      const result = v.safeParse(schema, json);
      // Name the setting only: the value may be a secret.
      if (!result.success) throw new Error(`${name} does not have the expected shape`);
      cache = { raw, value: result.output };
    }
    return cache.value;
  };
}

const parseAllowedOrigins = cachedParser('SITES', AllowedOrigins);
const parseSiteSecrets = cachedParser('SITE_SECRETS', SiteSecrets);
/** ACCESS_ROLES: `{ "ana@smart.coop": "organiser" }`, e-mails lower-cased. */
const parseAccessRoles = cachedParser(
  'ACCESS_ROLES',
  v.pipe(
    v.record(v.string(), AdminRole),
    v.transform((roles) =>
      Object.fromEntries(Object.entries(roles).map(([email, role]) => [email.trim().toLowerCase(), role])),
    ),
  ),
);

/**
 * Every origin allowed by CORS: the union of the origins of all host sites.
 *
 * @example
 * allowedOrigins(env).has('https://smart.fr'); // true
 */
export function allowedOrigins(env: Pick<Env, 'SITES'>): ReadonlySet<string> {
  return parseAllowedOrigins(env.SITES);
}

/**
 * The HS256 secrets of a host site, current first; empty for an unknown site.
 *
 * @example
 * const [current, previous] = siteSecrets(env, 'smart-be');
 */
export function siteSecrets(env: Pick<Env, 'SITE_SECRETS'>, site: string): readonly string[] {
  const secrets = parseSiteSecrets(env.SITE_SECRETS);
  return Object.hasOwn(secrets, site) ? secrets[site] : [];
}

/**
 * The longest accepted token lifetime, in seconds.
 *
 * @example
 * tokenMaxTtl({ TOKEN_MAX_TTL: '3600' }); // 3600
 */
export function tokenMaxTtl(env: Pick<Env, 'TOKEN_MAX_TTL'>): number {
  return positiveInteger('TOKEN_MAX_TTL', env.TOKEN_MAX_TTL);
}

/**
 * Reports after which a published contribution is hidden until a moderator
 * reviews it (REPORT_HIDE_THRESHOLD), a positive integer.
 *
 * @example
 * reportHideThreshold({ REPORT_HIDE_THRESHOLD: '3' }); // 3
 */
export function reportHideThreshold(env: Pick<Env, 'REPORT_HIDE_THRESHOLD'>): number {
  return positiveInteger('REPORT_HIDE_THRESHOLD', env.REPORT_HIDE_THRESHOLD);
}

/**
 * Days after which follow-up e-mail addresses are purged
 * (EMAIL_RETENTION_DAYS). An unset or mistyped value ('' is 0) fails loudly
 * rather than purge every address.
 *
 * @example
 * emailRetentionDays({ EMAIL_RETENTION_DAYS: '365' }); // 365
 */
export function emailRetentionDays(env: Pick<Env, 'EMAIL_RETENTION_DAYS'>): number {
  return positiveInteger('EMAIL_RETENTION_DAYS', env.EMAIL_RETENTION_DAYS);
}

/**
 * Minutes a guest's seat (or place in line) is held until they follow the
 * link in their e-mail (EVENT_CONFIRM_MINUTES), a positive integer.
 *
 * @example
 * eventConfirmMinutes({ EVENT_CONFIRM_MINUTES: '60' }); // 60
 */
export function eventConfirmMinutes(env: Pick<Env, 'EVENT_CONFIRM_MINUTES'>): number {
  return positiveInteger('EVENT_CONFIRM_MINUTES', env.EVENT_CONFIRM_MINUTES);
}

/**
 * Days after an event at which its guests' names and e-mails, and every
 * registrant's e-mail, are purged (GUEST_RETENTION_DAYS). An unset value
 * fails loudly rather than purge at once.
 *
 * @example
 * guestRetentionDays({ GUEST_RETENTION_DAYS: '30' }); // 30
 */
export function guestRetentionDays(env: Pick<Env, 'GUEST_RETENTION_DAYS'>): number {
  return positiveInteger('GUEST_RETENTION_DAYS', env.GUEST_RETENTION_DAYS);
}

/**
 * The Worker's public origin, for the links of feeds and e-mails
 * (PUBLIC_URL), else the request's origin; null when neither is known (a
 * cron run without PUBLIC_URL). A value that is not an http(s) URL fails
 * loudly.
 *
 * @example
 * publicOrigin(c.env, c.req.url); // 'https://participation.smart.coop'
 */
export function publicOrigin(env: Pick<Env, 'PUBLIC_URL'>, requestUrl?: string): string | null {
  const configured = (env.PUBLIC_URL ?? '').trim();
  if (configured === '') return requestUrl ? new URL(requestUrl).origin : null;
  const url = new URL(configured);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error('PUBLIC_URL must be an http(s) URL');
  return url.origin;
}

/**
 * The link to an event's page (EVENT_PAGE_URL, `{slug}` replaced), or null
 * when none is configured.
 *
 * @example
 * eventPageUrl({ EVENT_PAGE_URL: 'https://smart.coop/agenda?sip-event={slug}' }, 'atelier'); // '…?sip-event=atelier'
 */
export function eventPageUrl(env: Pick<Env, 'EVENT_PAGE_URL'>, slug: string): string | null {
  const template = (env.EVENT_PAGE_URL ?? '').trim();
  if (template === '') return null;
  if (!template.includes('{slug}')) throw new Error('EVENT_PAGE_URL must contain {slug}');
  return new URL(template.replaceAll('{slug}', encodeURIComponent(slug))).href;
}

/**
 * The sender of every e-mail (MAIL_FROM): `address` or `Name <address>`,
 * the address on a domain onboarded to Cloudflare Email Service. Empty
 * turns sending off (null): messages wait in the outbox. Anything else
 * that is not an address fails loudly.
 *
 * @example
 * mailSender({ MAIL_FROM: 'Smart in Progress <participation@smart.coop>' });
 * // { email: 'participation@smart.coop', name: 'Smart in Progress' }
 */
export function mailSender(env: Pick<Env, 'MAIL_FROM'>): { email: string; name?: string } | null {
  const raw = (env.MAIL_FROM ?? '').trim();
  if (raw === '') return null;
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(raw);
  const email = (named ? named[2] : raw).trim();
  // One address, no spaces or line breaks: the header it becomes cannot be split.
  if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email)) {
    throw new Error('MAIL_FROM is not an e-mail address (or Name <address>)');
  }
  const name = named?.[1].replace(/^"|"$/g, '').replace(/\s+/g, ' ').trim();
  return name ? { email, name } : { email };
}

/**
 * Whether the demo people and their tokens are served (DEV_TOKENS, exactly "true").
 *
 * @example
 * if (!devTokensEnabled(c.env)) throw new ProblemError('not_found');
 */
export function devTokensEnabled(env: Pick<Env, 'DEV_TOKENS'>): boolean {
  return env.DEV_TOKENS === 'true';
}

/**
 * Cloudflare Turnstile for anonymous writers: on when TURNSTILE_SITE_KEY is
 * set (then TURNSTILE_SECRET must be too: a missing one is a deployment
 * error), else null. TURNSTILE_VERIFY_URL is not in wrangler.toml: tests
 * point it at a stub so that siteverify is never called.
 *
 * @example
 * const turnstile = turnstileSettings(c.env);
 * if (turnstile && participant.anonymous) await verifyTurnstile(turnstile, token, ip);
 */
export function turnstileSettings(
  env: Pick<Env, 'TURNSTILE_SITE_KEY' | 'TURNSTILE_SECRET'> & { TURNSTILE_VERIFY_URL?: string },
): { secret: string; verifyUrl: string } | null {
  if (env.TURNSTILE_SITE_KEY.trim() === '') return null;
  if (!env.TURNSTILE_SECRET) throw new Error('TURNSTILE_SITE_KEY is set but TURNSTILE_SECRET is not');
  return { secret: env.TURNSTILE_SECRET, verifyUrl: env.TURNSTILE_VERIFY_URL || SITEVERIFY_URL };
}

/** Cloudflare's own siteverify endpoint. */
export const SITEVERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';

/**
 * Cloudflare Access in front of /admin: on when both ACCESS_TEAM_DOMAIN and
 * ACCESS_AUD are set, else null. `team` is the team's origin whatever the
 * variable's form (with or without scheme or trailing slash); `admins` the
 * lower-cased e-mails of ACCESS_ADMINS, `roles` the other roles by e-mail (ACCESS_ROLES,
 * e.g. organisers); everyone else Access lets in is a moderator.
 *
 * @example
 * const access = accessSettings(c.env);
 * if (access) admin = await verifyAccessAssertion(access, assertion);
 */
export function accessSettings(
  env: Pick<Env, 'ACCESS_TEAM_DOMAIN' | 'ACCESS_AUD' | 'ACCESS_ADMINS' | 'ACCESS_ROLES'>,
): {
  team: string;
  aud: string;
  admins: ReadonlySet<string>;
  roles: Readonly<Record<string, AdminRole>>;
} | null {
  const domain = env.ACCESS_TEAM_DOMAIN.trim();
  const aud = env.ACCESS_AUD.trim();
  if (domain === '' || aud === '') return null;
  return {
    team: new URL(domain.includes('://') ? domain : `https://${domain}`).origin,
    aud,
    admins: new Set(
      env.ACCESS_ADMINS.split(',')
        .map((email) => email.trim().toLowerCase())
        .filter(Boolean),
    ),
    roles: parseAccessRoles(env.ACCESS_ROLES || '{}'),
  };
}

function positiveInteger(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

/**
 * How long, in milliseconds, anonymous readers may be served a poll's shared
 * view from memory (see shared-views.ts); 0 turns the cache off.
 *
 * @example
 * rememberSharedView(slug, snapshot, Date.now(), resultsCacheMs(c.env));
 */
export function resultsCacheMs(env: Pick<Env, 'RESULTS_CACHE_MS'>): number {
  const milliseconds = Number(env.RESULTS_CACHE_MS);
  return Number.isFinite(milliseconds) && milliseconds > 0 ? milliseconds : 0;
}

/**
 * How long, in milliseconds, a page of a public list (the published
 * contributions) may be served from the isolate's memory; 0 turns it off.
 *
 * @example
 * pages.set(key, page, Date.now(), listCacheMs(c.env));
 */
export function listCacheMs(env: Pick<Env, 'LIST_CACHE_MS'>): number {
  const milliseconds = Number(env.LIST_CACHE_MS);
  return Number.isFinite(milliseconds) && milliseconds > 0 ? milliseconds : 0;
}

/**
 * The address of a recommendation's page on the host site (the Atom feed's
 * links, the e-mails' buttons), from RECOMMENDATION_PAGE_URL: a template
 * holding `{slug}`, absolute, or relative to the Worker's own origin (the
 * example page) when it starts with `/`. A template without `{slug}`, or
 * that is not an http(s) URL, is a deployment error.
 *
 * @example
 * const pageUrl = recommendationPageUrl(c.env, c.req.url);
 * pageUrl('guichet-unique'); // 'http://localhost:8787/?sip-recommendation=guichet-unique#recommendations'
 */
export function recommendationPageUrl(
  env: Pick<Env, 'RECOMMENDATION_PAGE_URL'>,
  requestUrl: string,
): (slug: string) => string {
  const template = (env.RECOMMENDATION_PAGE_URL ?? '').trim();
  if (!template.includes('{slug}')) throw new Error('RECOMMENDATION_PAGE_URL must hold {slug}');
  let base: URL;
  try {
    base = new URL(template.replace('{slug}', 'slug'), requestUrl);
  } catch {
    throw new Error('RECOMMENDATION_PAGE_URL is not a URL');
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new Error('RECOMMENDATION_PAGE_URL must be an http(s) URL');
  }
  const absolute = template.startsWith('/') ? `${new URL(requestUrl).origin}${template}` : template;
  return (slug) => absolute.replaceAll('{slug}', encodeURIComponent(slug));
}
