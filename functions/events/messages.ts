/**
 * What registrants are told by e-mail, in the language they registered in:
 * that they are registered (with the event as an `.ics` file and the link to
 * cancel), a guest's "confirm your seat", a seat freed for them on the
 * waitlist, the reminder before the event (with a one-click "I can't come"),
 * a reminder of a registration someone asked to make again, a change of
 * time, place or mode, and a cancellation. Enqueued in the batch
 * of the change that causes them (queries.ts), rendered by the outbox.
 */
import * as v from 'valibot';
import { type Language, localize } from '../../schema/common.ts';
import type { Block, MessageContent } from '../outbox/render.ts';
import { defineMessage } from '../outbox/render.ts';
import { calendarEntry, icsCalendar } from './ics.ts';

const Text = v.object({ fr: v.string(), nl: v.optional(v.string()), en: v.optional(v.string()) });

/** What every event message stores: the event as it stands, and the registration. */
export const EventMessageData = v.object({
  event: v.object({
    slug: v.string(),
    uid: v.string(),
    sequence: v.number(),
    cancelled: v.boolean(),
    title: Text,
    description: Text,
    place: v.nullable(v.object({ name: v.string(), address: v.string() })),
    startsAt: v.string(),
    endsAt: v.string(),
    timeZone: v.string(),
    createdAt: v.string(),
    updatedAt: v.string(),
    format: v.picklist(['workshop', 'small_talk']),
    /** The event's page (EVENT_PAGE_URL, else its .ics); null when the kit knows no public origin (a cron run without PUBLIC_URL). */
    link: v.nullable(v.string()),
    /** Why it was cancelled, when it was. */
    reason: v.nullable(v.string()),
  }),
  mode: v.picklist(['in_person', 'online']),
  status: v.picklist(['pending_confirmation', 'confirmed', 'waitlisted', 'cancelled']),
  position: v.nullable(v.number()),
  /** A guest's hold lapses then. */
  expiresAt: v.nullable(v.string()),
  /** "I can't come". */
  cancelUrl: v.nullable(v.string()),
  /** A guest's "confirm my seat". */
  confirmUrl: v.nullable(v.string()),
  /** The online meeting, for a confirmed online seat only. */
  onlineUrl: v.nullable(v.string()),
});
export type EventMessageData = v.InferOutput<typeof EventMessageData>;

interface Strings {
  locale: string;
  when: string;
  where: string;
  seat: string;
  online: string;
  inPerson: string;
  position: string;
  join: string;
  cancel: string;
  confirm: string;
  details: string;
  reason: (text: string) => string;
  why: (title: string) => string;
  registered: { subject: (title: string) => string; heading: string; body: string };
  waitlisted: { subject: (title: string) => string; heading: string; body: (position: number) => string };
  confirmSeat: { subject: (title: string) => string; heading: string; body: (until: string) => string };
  promoted: {
    subject: (title: string) => string;
    heading: string;
    body: string;
    pending: (until: string) => string;
  };
  reminder: { subject: (title: string) => string; heading: string; body: string };
  alreadyRegistered: {
    subject: (title: string) => string;
    heading: string;
    body: string;
    pending: (until: string) => string;
  };
  changed: { subject: (title: string) => string; heading: string; body: string };
  cancelled: { subject: (title: string) => string; heading: string; body: string };
}

const STRINGS: Record<Language, Strings> = {
  fr: {
    locale: 'fr-BE',
    when: 'Quand',
    where: 'Où',
    seat: 'Votre place',
    online: 'en ligne',
    inPerson: 'sur place',
    position: 'Position en liste d’attente',
    join: 'Rejoindre la réunion en ligne',
    cancel: 'Je ne peux pas venir',
    confirm: 'Confirmer ma place',
    details: 'Voir l’événement',
    reason: (text) => `Motif\u00a0: ${text}`,
    why: (title) =>
      `Vous recevez ce message parce que vous vous êtes inscrit·e à « ${title} ». Votre adresse ne sert qu’à cet événement et sera effacée après lui.`,
    registered: {
      subject: (title) => `Inscription confirmée : ${title}`,
      heading: 'Votre place est réservée',
      body: 'Merci de votre inscription. L’événement est joint à ce message, à ajouter à votre agenda.',
    },
    waitlisted: {
      subject: (title) => `Liste d’attente : ${title}`,
      heading: 'Vous êtes en liste d’attente',
      body: (position) =>
        `Toutes les places sont prises : vous êtes en position ${position}. Si une place se libère, elle est à vous et nous vous l’écrirons.`,
    },
    confirmSeat: {
      subject: (title) => `Confirmez votre place : ${title}`,
      heading: 'Confirmez votre place',
      body: (until) => `Votre place vous est gardée jusqu’au ${until}. Confirmez-la d’un clic.`,
    },
    promoted: {
      subject: (title) => `Une place s’est libérée : ${title}`,
      heading: 'Une place s’est libérée pour vous',
      body: 'Une place s’est libérée et elle est à vous. L’événement est joint à ce message.',
      pending: (until) => `Confirmez-la avant le ${until}, sinon elle passera à la personne suivante.`,
    },
    reminder: {
      subject: (title) => `Rappel : ${title}`,
      heading: 'C’est bientôt',
      body: 'Nous vous attendons. Si vous ne pouvez plus venir, libérez votre place d’un clic : la première personne en liste d’attente la recevra.',
    },
    alreadyRegistered: {
      subject: (title) => `Vous êtes déjà inscrit·e : ${title}`,
      heading: 'Vous êtes déjà inscrit·e',
      body: 'Quelqu’un, sans doute vous, a demandé à inscrire cette adresse une nouvelle fois. Votre inscription existe déjà, telle que ci-dessous : rien n’a changé. Si ce n’était pas vous, ignorez ce message.',
      pending: (until) => `Confirmez-la avant le ${until}, sinon elle sera libérée.`,
    },
    changed: {
      subject: (title) => `Changement : ${title}`,
      heading: 'L’événement a changé',
      body: 'L’horaire, le lieu ou le format de l’événement a changé. Voici ce qui vaut désormais ; l’événement joint met votre agenda à jour.',
    },
    cancelled: {
      subject: (title) => `Annulé : ${title}`,
      heading: 'L’événement est annulé',
      body: 'Nous sommes désolés : l’événement n’aura pas lieu. Le fichier joint le retire de votre agenda.',
    },
  },
  nl: {
    locale: 'nl-BE',
    when: 'Wanneer',
    where: 'Waar',
    seat: 'Uw plaats',
    online: 'online',
    inPerson: 'ter plaatse',
    position: 'Plaats op de wachtlijst',
    join: 'Deelnemen aan de onlinevergadering',
    cancel: 'Ik kan niet komen',
    confirm: 'Mijn plaats bevestigen',
    details: 'Het evenement bekijken',
    reason: (text) => `Reden: ${text}`,
    why: (title) =>
      `U ontvangt dit bericht omdat u zich inschreef voor „${title}”. Uw adres dient enkel voor dit evenement en wordt daarna gewist.`,
    registered: {
      subject: (title) => `Inschrijving bevestigd: ${title}`,
      heading: 'Uw plaats is gereserveerd',
      body: 'Bedankt voor uw inschrijving. Het evenement zit als bijlage bij dit bericht, om aan uw agenda toe te voegen.',
    },
    waitlisted: {
      subject: (title) => `Wachtlijst: ${title}`,
      heading: 'U staat op de wachtlijst',
      body: (position) =>
        `Alle plaatsen zijn bezet: u staat op plaats ${position}. Komt er een plaats vrij, dan is ze voor u en laten we het u weten.`,
    },
    confirmSeat: {
      subject: (title) => `Bevestig uw plaats: ${title}`,
      heading: 'Bevestig uw plaats',
      body: (until) => `Uw plaats wordt vastgehouden tot ${until}. Bevestig ze met één klik.`,
    },
    promoted: {
      subject: (title) => `Er is een plaats vrijgekomen: ${title}`,
      heading: 'Er is een plaats vrijgekomen voor u',
      body: 'Er is een plaats vrijgekomen en ze is voor u. Het evenement zit als bijlage bij dit bericht.',
      pending: (until) => `Bevestig ze vóór ${until}, anders gaat ze naar de volgende persoon.`,
    },
    reminder: {
      subject: (title) => `Herinnering: ${title}`,
      heading: 'Binnenkort',
      body: 'We verwachten u. Kunt u niet meer komen? Geef uw plaats met één klik vrij: de eerste persoon op de wachtlijst krijgt ze.',
    },
    alreadyRegistered: {
      subject: (title) => `U bent al ingeschreven: ${title}`,
      heading: 'U bent al ingeschreven',
      body: 'Iemand, wellicht uzelf, vroeg om dit adres opnieuw in te schrijven. Uw inschrijving bestaat al, zoals hieronder: er is niets veranderd. Was u het niet, negeer dan dit bericht.',
      pending: (until) => `Bevestig ze vóór ${until}, anders vervalt ze.`,
    },
    changed: {
      subject: (title) => `Wijziging: ${title}`,
      heading: 'Het evenement is gewijzigd',
      body: 'Het uur, de plaats of de vorm van het evenement is gewijzigd. Dit geldt nu; de bijlage werkt uw agenda bij.',
    },
    cancelled: {
      subject: (title) => `Geannuleerd: ${title}`,
      heading: 'Het evenement is geannuleerd',
      body: 'Het spijt ons: het evenement gaat niet door. De bijlage haalt het uit uw agenda.',
    },
  },
  en: {
    locale: 'en-GB',
    when: 'When',
    where: 'Where',
    seat: 'Your seat',
    online: 'online',
    inPerson: 'in person',
    position: 'Place on the waitlist',
    join: 'Join the online meeting',
    cancel: 'I can’t come',
    confirm: 'Confirm my seat',
    details: 'See the event',
    reason: (text) => `Reason: ${text}`,
    why: (title) =>
      `You are receiving this because you registered for “${title}”. Your address is used for this event only and deleted after it.`,
    registered: {
      subject: (title) => `Registration confirmed: ${title}`,
      heading: 'Your seat is booked',
      body: 'Thank you for registering. The event is attached to this message, to add to your calendar.',
    },
    waitlisted: {
      subject: (title) => `Waitlist: ${title}`,
      heading: 'You are on the waitlist',
      body: (position) =>
        `Every seat is taken: you are number ${position} in line. If a seat frees up, it is yours and we will write to you.`,
    },
    confirmSeat: {
      subject: (title) => `Confirm your seat: ${title}`,
      heading: 'Confirm your seat',
      body: (until) => `Your seat is held for you until ${until}. Confirm it in one click.`,
    },
    promoted: {
      subject: (title) => `A seat is free for you: ${title}`,
      heading: 'A seat has freed up for you',
      body: 'A seat has freed up, and it is yours. The event is attached to this message.',
      pending: (until) => `Confirm it before ${until}, or it goes to the next person.`,
    },
    reminder: {
      subject: (title) => `Reminder: ${title}`,
      heading: 'It is coming up',
      body: 'We look forward to seeing you. If you can no longer come, free your seat in one click: the first person on the waitlist will get it.',
    },
    alreadyRegistered: {
      subject: (title) => `You are already registered: ${title}`,
      heading: 'You are already registered',
      body: 'Someone, probably you, asked to register this address again. Your registration already stands, as below: nothing has changed. If it was not you, ignore this message.',
      pending: (until) => `Confirm it before ${until}, or it will be released.`,
    },
    changed: {
      subject: (title) => `Change: ${title}`,
      heading: 'The event has changed',
      body: 'The time, the place or the format of the event has changed. This is what holds now; the attachment updates your calendar.',
    },
    cancelled: {
      subject: (title) => `Cancelled: ${title}`,
      heading: 'The event is cancelled',
      body: 'We are sorry: the event will not take place. The attachment removes it from your calendar.',
    },
  },
};

/** The event's time, in its own zone, named: `jeudi 3 décembre 2026, 18:00 – 20:00 (Europe/Brussels)`. */
function when(data: EventMessageData, strings: Strings): string {
  const zone = data.event.timeZone;
  const day = new Intl.DateTimeFormat(strings.locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: zone,
  });
  const time = new Intl.DateTimeFormat(strings.locale, { timeStyle: 'short', timeZone: zone });
  return `${day.format(new Date(data.event.startsAt))} – ${time.format(new Date(data.event.endsAt))} (${zone})`;
}

function instant(at: string, zone: string, strings: Strings): string {
  return new Intl.DateTimeFormat(strings.locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: zone,
  }).format(new Date(at));
}

/** A link: a button when it is https (the renderer's rule), else its address as text (a local kit). */
function link(label: string, href: string): Block {
  return href.startsWith('https://') ? { action: { label, href } } : { paragraph: `${label}: ${href}` };
}

function facts(data: EventMessageData, strings: Strings): Block {
  const place = data.event.place ? `${data.event.place.name}, ${data.event.place.address}` : strings.online;
  return {
    facts: [
      [strings.when, when(data, strings)],
      [strings.where, data.mode === 'online' ? strings.online : place],
      [strings.seat, data.mode === 'online' ? strings.online : strings.inPerson],
      ...(data.position === null ? [] : [[strings.position, String(data.position)] as const]),
    ],
  };
}

/** The event as an .ics attachment (SEQUENCE and STATUS as they stand: a client updates or removes its copy). */
function calendarFile(data: EventMessageData, language: Language) {
  const { event } = data;
  const status = event.cancelled ? ('cancelled' as const) : ('scheduled' as const);
  return {
    filename: `${event.slug}.ics`,
    type: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: icsCalendar([calendarEntry({ ...event, status }, language, event.link)]),
  };
}

function message(
  data: EventMessageData,
  language: Language,
  parts: {
    subject: string;
    heading: string;
    paragraphs: string[];
    links: Block[];
    attach: boolean;
  },
): MessageContent {
  const strings = STRINGS[language];
  return {
    subject: parts.subject,
    heading: parts.heading,
    blocks: [
      ...parts.paragraphs.map((paragraph) => ({ paragraph })),
      facts(data, strings),
      ...parts.links,
      ...(data.event.link ? [link(strings.details, data.event.link)] : []),
    ],
    reason: strings.why(localize(data.event.title, language)),
    attachments: parts.attach ? [calendarFile(data, language)] : [],
  };
}

function cancelLink(data: EventMessageData, strings: Strings): Block[] {
  return data.cancelUrl ? [link(strings.cancel, data.cancelUrl)] : [];
}

function joinLink(data: EventMessageData, strings: Strings): Block[] {
  return data.onlineUrl ? [link(strings.join, data.onlineUrl)] : [];
}

/** Registered: a seat (with the event attached), or a place in line. */
export const eventRegistered = defineMessage({
  kind: 'event_registered',
  data: EventMessageData,
  compose(data, language) {
    const strings = STRINGS[language];
    const title = localize(data.event.title, language);
    if (data.status === 'waitlisted') {
      return message(data, language, {
        subject: strings.waitlisted.subject(title),
        heading: strings.waitlisted.heading,
        paragraphs: [strings.waitlisted.body(data.position ?? 0)],
        links: cancelLink(data, strings),
        attach: false,
      });
    }
    return message(data, language, {
      subject: strings.registered.subject(title),
      heading: strings.registered.heading,
      paragraphs: [strings.registered.body],
      links: [...joinLink(data, strings), ...cancelLink(data, strings)],
      attach: true,
    });
  },
});

/** A guest's seat (or place in line) held until they confirm by the link. */
export const eventConfirmSeat = defineMessage({
  kind: 'event_confirm_seat',
  data: EventMessageData,
  compose(data, language) {
    const strings = STRINGS[language];
    const until = instant(data.expiresAt ?? data.event.startsAt, data.event.timeZone, strings);
    return message(data, language, {
      subject: strings.confirmSeat.subject(localize(data.event.title, language)),
      heading: strings.confirmSeat.heading,
      paragraphs: [strings.confirmSeat.body(until)],
      links: [
        ...(data.confirmUrl ? [link(strings.confirm, data.confirmUrl)] : []),
        ...cancelLink(data, strings),
      ],
      attach: false,
    });
  },
});

/** A seat freed up for someone waiting: theirs (a guest who has not confirmed yet confirms it). */
export const eventPromoted = defineMessage({
  kind: 'event_promoted',
  data: EventMessageData,
  compose(data, language) {
    const strings = STRINGS[language];
    const pending = data.status === 'pending_confirmation';
    const until = instant(data.expiresAt ?? data.event.startsAt, data.event.timeZone, strings);
    return message(data, language, {
      subject: strings.promoted.subject(localize(data.event.title, language)),
      heading: strings.promoted.heading,
      paragraphs: [strings.promoted.body, ...(pending ? [strings.promoted.pending(until)] : [])],
      links: [
        ...(pending && data.confirmUrl ? [link(strings.confirm, data.confirmUrl)] : []),
        ...joinLink(data, strings),
        ...cancelLink(data, strings),
      ],
      attach: !pending,
    });
  },
});

/** Before the event (its reminderHours): the details and a one-click "I can't come". */
export const eventReminder = defineMessage({
  kind: 'event_reminder',
  data: EventMessageData,
  compose(data, language) {
    const strings = STRINGS[language];
    return message(data, language, {
      subject: strings.reminder.subject(localize(data.event.title, language)),
      heading: strings.reminder.heading,
      paragraphs: [strings.reminder.body],
      links: [...joinLink(data, strings), ...cancelLink(data, strings)],
      attach: true,
    });
  },
});

/**
 * Someone asked again to register an address already registered for the
 * event (a guest is answered as if it were new, to tell nobody whether it
 * is): where its holder stands, with fresh links (confirm, while their hold
 * stands; join; cancel) and the event attached once the seat is theirs.
 */
export const eventAlreadyRegistered = defineMessage({
  kind: 'event_already_registered',
  data: EventMessageData,
  compose(data, language) {
    const strings = STRINGS[language];
    const until = instant(data.expiresAt ?? data.event.startsAt, data.event.timeZone, strings);
    return message(data, language, {
      subject: strings.alreadyRegistered.subject(localize(data.event.title, language)),
      heading: strings.alreadyRegistered.heading,
      paragraphs: [
        strings.alreadyRegistered.body,
        ...(data.status === 'waitlisted' && data.position !== null
          ? [strings.waitlisted.body(data.position)]
          : []),
        ...(data.confirmUrl ? [strings.alreadyRegistered.pending(until)] : []),
      ],
      links: [
        ...(data.confirmUrl ? [link(strings.confirm, data.confirmUrl)] : []),
        ...joinLink(data, strings),
        ...cancelLink(data, strings),
      ],
      attach: data.status === 'confirmed',
    });
  },
});

/** The time, the place or the mode changed: what holds now, and the updated calendar entry. */
export const eventChanged = defineMessage({
  kind: 'event_changed',
  data: EventMessageData,
  compose(data, language) {
    const strings = STRINGS[language];
    return message(data, language, {
      subject: strings.changed.subject(localize(data.event.title, language)),
      heading: strings.changed.heading,
      paragraphs: [strings.changed.body],
      links: [...joinLink(data, strings), ...cancelLink(data, strings)],
      attach: data.status !== 'waitlisted',
    });
  },
});

/** The event is cancelled: the reason, and the calendar entry marked cancelled. */
export const eventCancelled = defineMessage({
  kind: 'event_cancelled',
  data: EventMessageData,
  compose(data, language) {
    const strings = STRINGS[language];
    return message(data, language, {
      subject: strings.cancelled.subject(localize(data.event.title, language)),
      heading: strings.cancelled.heading,
      paragraphs: [strings.cancelled.body, ...(data.event.reason ? [strings.reason(data.event.reason)] : [])],
      links: [],
      attach: true,
    });
  },
});

/** The templates of the events feature (its `messages`). */
export const EVENT_MESSAGES = [
  eventRegistered,
  eventConfirmSeat,
  eventPromoted,
  eventReminder,
  eventAlreadyRegistered,
  eventChanged,
  eventCancelled,
];
