/**
 * Typed reads of the JSON vars and secrets. Each value is parsed once per
 * isolate (and again only if the raw text changes), and a malformed value is
 * a deployment error: it throws, which the app turns into a logged 500.
 */
import * as v from 'valibot';
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
  const seconds = Number(env.TOKEN_MAX_TTL);
  if (!Number.isInteger(seconds) || seconds <= 0) throw new Error('TOKEN_MAX_TTL must be a positive integer');
  return seconds;
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
