/**
 * The Worker's pages behind the links of event e-mails, outside /api:
 * `/registrations/confirm?token=` (a guest confirms their seat) and
 * `/registrations/cancel?token=` ("I can't come"). A GET only shows what the
 * link is about and ONE button; the button POSTs, and only the POST changes
 * anything: mail scanners that prefetch links change nothing. The pages are
 * in the registrant's language, work without JavaScript, and keep the token
 * out of referrers and caches.
 */
import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import { type Language, localize } from '../../schema/common.ts';
import type { RegistrationStatus } from '../../schema/events.ts';
import type { Env } from '../env.ts';
import { deliverSoon } from '../outbox/delivery.ts';
import { ProblemError } from '../problems.ts';
import { escapeHtml } from './html.ts';
import { cancelByToken, confirmByToken, openLink } from './links.ts';
import type { LinkedRegistration } from './queries.ts';
import { mailLinks } from './view.ts';

type Action = 'confirm' | 'cancel';

const Token = v.pipe(v.string(), v.minLength(16), v.maxLength(128), v.regex(/^[A-Za-z0-9_-]+$/));

interface Strings {
  title: Record<Action, string>;
  intro: Record<Action, (event: string, when: string) => string>;
  button: Record<Action, string>;
  done: (status: RegistrationStatus, position: number | null) => string;
  errors: { not_found: string; expired: string; cancelled: string; invalid: string };
}

const STRINGS: Record<Language, Strings> = {
  fr: {
    title: { confirm: 'Confirmer votre place', cancel: 'Annuler votre inscription' },
    intro: {
      confirm: (event, when) =>
        `Vous vous êtes inscrit·e à « ${event} » (${when}). Confirmez pour garder votre place.`,
      cancel: (event, when) =>
        `Vous ne pouvez pas venir à « ${event} » (${when}) ? Libérez votre place : la première personne en liste d’attente la recevra.`,
    },
    button: { confirm: 'Confirmer ma place', cancel: 'Je ne peux pas venir' },
    done: (status, position) =>
      status === 'confirmed'
        ? 'C’est confirmé : votre place vous attend. Un e-mail récapitulatif suit.'
        : status === 'waitlisted'
          ? `C’est confirmé : vous êtes en liste d’attente (position ${position}). Nous vous écrirons si une place se libère.`
          : status === 'cancelled'
            ? 'Votre inscription est annulée. Merci d’avoir libéré votre place.'
            : 'Votre place est réservée en attendant votre confirmation.',
    errors: {
      not_found: 'Ce lien ne correspond à aucune inscription en cours.',
      expired: 'Ce lien a expiré.',
      cancelled: 'Cet événement a été annulé.',
      invalid: 'Ce lien est incomplet : ouvrez-le depuis l’e-mail reçu.',
    },
  },
  nl: {
    title: { confirm: 'Bevestig uw plaats', cancel: 'Uw inschrijving annuleren' },
    intro: {
      confirm: (event, when) =>
        `U schreef zich in voor „${event}” (${when}). Bevestig om uw plaats te behouden.`,
      cancel: (event, when) =>
        `Kunt u niet komen naar „${event}” (${when})? Geef uw plaats vrij: de eerste persoon op de wachtlijst krijgt ze.`,
    },
    button: { confirm: 'Mijn plaats bevestigen', cancel: 'Ik kan niet komen' },
    done: (status, position) =>
      status === 'confirmed'
        ? 'Bevestigd: uw plaats is voor u. U krijgt een e-mail met alles op een rij.'
        : status === 'waitlisted'
          ? `Bevestigd: u staat op de wachtlijst (plaats ${position}). We schrijven u als er een plaats vrijkomt.`
          : status === 'cancelled'
            ? 'Uw inschrijving is geannuleerd. Bedankt om uw plaats vrij te geven.'
            : 'Uw plaats wordt vastgehouden tot u bevestigt.',
    errors: {
      not_found: 'Deze link hoort bij geen lopende inschrijving.',
      expired: 'Deze link is verlopen.',
      cancelled: 'Dit evenement werd geannuleerd.',
      invalid: 'Deze link is onvolledig: open hem vanuit de ontvangen e-mail.',
    },
  },
  en: {
    title: { confirm: 'Confirm your seat', cancel: 'Cancel your registration' },
    intro: {
      confirm: (event, when) => `You registered for “${event}” (${when}). Confirm to keep your seat.`,
      cancel: (event, when) =>
        `Can’t come to “${event}” (${when})? Free your seat: the first person on the waitlist will get it.`,
    },
    button: { confirm: 'Confirm my seat', cancel: 'I can’t come' },
    done: (status, position) =>
      status === 'confirmed'
        ? 'Confirmed: your seat is waiting for you. An e-mail with the details follows.'
        : status === 'waitlisted'
          ? `Confirmed: you are on the waitlist (position ${position}). We will write if a seat frees up.`
          : status === 'cancelled'
            ? 'Your registration is cancelled. Thank you for freeing your seat.'
            : 'Your seat is held until you confirm.',
    errors: {
      not_found: 'This link opens no current registration.',
      expired: 'This link has expired.',
      cancelled: 'This event was cancelled.',
      invalid: 'This link is incomplete: open it from the e-mail you received.',
    },
  },
};

/** The visitor's language when the link opens nothing: Accept-Language's first of ours, else French. */
function acceptedLanguage(header: string | undefined): Language {
  for (const part of (header ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'fr' || tag === 'nl' || tag === 'en') return tag;
  }
  return 'fr';
}

function when(linked: LinkedRegistration, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : `${language}-BE`, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: linked.eventTimeZone,
  }).format(new Date(linked.eventStartsAt));
}

const STYLE = `body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f1f1f;background:#f4f4f1}
main{max-width:36rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px}
h1{font-size:1.4rem;line-height:1.3;margin:0 0 1rem}p{margin:0 0 1rem}
button{font:inherit;font-weight:600;padding:.6rem 1.2rem;border:0;border-radius:6px;background:#0b57d0;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #1f1f1f;outline-offset:2px}
@media (prefers-color-scheme:dark){body{background:#1b1b1b;color:#eee}main{background:#2a2a2a}button{background:#8ab4f8;color:#111}}`;

function page(
  c: Context,
  status: 200 | 400 | 404 | 409 | 410,
  language: Language,
  title: string,
  body: string,
) {
  return c.html(
    `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Smart in Progress</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`,
    status,
    {
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    },
  );
}

function problemPage(c: Context, error: ProblemError, language: Language, action: Action) {
  const strings = STRINGS[language];
  const message =
    error.code === 'confirmation_expired'
      ? strings.errors.expired
      : error.code === 'event_cancelled'
        ? strings.errors.cancelled
        : strings.errors.not_found;
  const status = error.status === 410 ? 410 : error.status === 409 ? 409 : 404;
  return page(c, status, language, strings.title[action], `<p role="alert">${escapeHtml(message)}</p>`);
}

function showLink(action: Action) {
  return async (c: Context<{ Bindings: Env }>) => {
    const token = v.safeParse(Token, c.req.query('token'));
    const fallback = acceptedLanguage(c.req.header('Accept-Language'));
    if (!token.success) {
      const strings = STRINGS[fallback];
      return page(
        c,
        400,
        fallback,
        strings.title[action],
        `<p role="alert">${escapeHtml(strings.errors.invalid)}</p>`,
      );
    }
    const linked = await openLink(c.env.DB, token.output, action);
    const strings = STRINGS[linked?.language ?? fallback];
    if (!linked || (action === 'confirm' && linked.status === 'cancelled')) {
      return page(
        c,
        404,
        fallback,
        strings.title[action],
        `<p role="alert">${escapeHtml(strings.errors.not_found)}</p>`,
      );
    }
    const language = linked.language;
    const title = localize(linked.eventTitle, language);
    const settled =
      (action === 'confirm' && linked.confirmedAt !== null) ||
      (action === 'cancel' && linked.status === 'cancelled');
    const body = settled
      ? `<p role="status">${escapeHtml(strings.done(linked.status, linked.position))}</p>`
      : `<p>${escapeHtml(strings.intro[action](title, when(linked, language)))}</p>
<form method="post" action="/registrations/${action}">
<input type="hidden" name="token" value="${escapeHtml(token.output)}">
<button type="submit">${escapeHtml(strings.button[action])}</button>
</form>`;
    return page(c, 200, language, strings.title[action], body);
  };
}

function followLink(action: Action) {
  return async (c: Context<{ Bindings: Env }>) => {
    const form = await c.req.parseBody();
    const token = v.safeParse(Token, form.token);
    const fallback = acceptedLanguage(c.req.header('Accept-Language'));
    if (!token.success) {
      const strings = STRINGS[fallback];
      return page(
        c,
        400,
        fallback,
        strings.title[action],
        `<p role="alert">${escapeHtml(strings.errors.invalid)}</p>`,
      );
    }
    const linked = await openLink(c.env.DB, token.output, action);
    const language = linked?.language ?? fallback;
    try {
      const act = action === 'confirm' ? confirmByToken : cancelByToken;
      const receipt = await act(c.env.DB, token.output, new Date(), mailLinks(c.env, c.req.url));
      deliverSoon(c);
      const strings = STRINGS[language];
      return page(
        c,
        200,
        language,
        strings.title[action],
        `<p role="status">${escapeHtml(strings.done(receipt.status, receipt.position))}</p>`,
      );
    } catch (error) {
      if (error instanceof ProblemError) return problemPage(c, error, language, action);
      throw error;
    }
  };
}

/** The pages, mounted at the root of the Worker (wrangler.toml runs the Worker first for /registrations/*). */
export const registrationPages = new Hono<{ Bindings: Env }>()
  .get('/registrations/confirm', showLink('confirm'))
  .post('/registrations/confirm', followLink('confirm'))
  .get('/registrations/cancel', showLink('cancel'))
  .post('/registrations/cancel', followLink('cancel'));
