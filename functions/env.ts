/**
 * The Worker's bindings, vars and secrets, as declared in wrangler.toml and
 * .dev.vars.example. Written by hand rather than with `wrangler types`: the
 * generated file also declares global modules and `process.env` entries that
 * would leak into the widgets' type checking.
 */
export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  /** Workers Rate Limiting binding for anonymous writes, keyed by client IP. */
  ANONYMOUS_LIMITER: RateLimit;
  /** The `aud` every host-site token must carry. */
  TOKEN_AUDIENCE: string;
  /** Longest accepted token lifetime (exp - iat), in seconds. */
  TOKEN_MAX_TTL: string;
  /** JSON `{ siteId: { origins: string[] } }`: who may embed the kit. */
  SITES: string;
  /** Milliseconds anonymous readers may get a poll's shared view from memory; "0" turns it off. */
  RESULTS_CACHE_MS: string;
  /** Milliseconds a page of a public list may be served from memory; "0" turns it off. */
  LIST_CACHE_MS: string;
  /** `"true"` enables the demo people's tokens under /api/v1/dev. */
  DEV_TOKENS: string;
  /** Secret JSON `{ siteId: [currentSecret, previousSecret?] }` (HS256 keys). */
  SITE_SECRETS: string;
  /** Secret key of the keyed hash that turns a person's id into a participant id. */
  PARTICIPANT_KEY: string;
  /** Reports after which a published contribution is hidden until a moderator reviews it. */
  REPORT_HIDE_THRESHOLD: string;
  /** Days after which follow-up e-mail addresses are purged (the daily cron). */
  EMAIL_RETENTION_DAYS: string;
  /** Minutes a guest's seat is held while the link in their e-mail waits to be followed. */
  EVENT_CONFIRM_MINUTES: string;
  /** Days after an event at which its guests' names and e-mails (and registrants' e-mails) are purged. */
  GUEST_RETENTION_DAYS: string;
  /** The Worker's public origin (`https://participation.smart.coop`): links in feeds and e-mails; empty: the request's. */
  PUBLIC_URL: string;
  /** The host page that shows an event, `{slug}` standing for its slug; empty: the event's `.ics`. */
  EVENT_PAGE_URL: string;
  /**
   * Cloudflare Email Service (`[[send_email]]`): how the outbox sends. Absent
   * when the deployment has no such binding; e-mail then waits in the outbox.
   */
  EMAIL?: SendEmail;
  /** The sender of every message, `participation@example.org` or `Name <participation@example.org>`; empty turns sending off. */
  MAIL_FROM: string;
  /** Cloudflare Turnstile site key; empty turns the check off. */
  TURNSTILE_SITE_KEY: string;
  /** Secret Turnstile key (with TURNSTILE_SITE_KEY). */
  TURNSTILE_SECRET?: string;
  /** Cloudflare Access team domain, e.g. `https://smart.cloudflareaccess.com`; empty turns Access off. */
  ACCESS_TEAM_DOMAIN: string;
  /** The Access application's AUD tag. */
  ACCESS_AUD: string;
  /** Comma-separated e-mails of Access users who are admins (everyone else let in by Access is a moderator). */
  ACCESS_ADMINS: string;
  /** JSON `{ email: role }`: the other roles of Access users (organiser, editor, board…); others are moderators. */
  ACCESS_ROLES?: string;
  /** A recommendation's page on the host site, a template with `{slug}`; relative to the Worker's origin when it starts with `/`. */
  RECOMMENDATION_PAGE_URL: string;
}
