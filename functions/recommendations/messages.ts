/**
 * What a recommendation's supporters, and the authors of the contributions
 * it draws on, are told when its status changes or the board answers, in
 * the language they chose (a supporter's) or wrote in (an author's).
 * Enqueued with the change (notify.ts), rendered by the outbox.
 */
import * as v from 'valibot';
import type { Language } from '../../schema/common.ts';
import { BODIES, RECOMMENDATION_STATUSES } from '../../schema/recommendation-lifecycle.ts';
import type { WrittenText } from '../../schema/recommendations.ts';
import { type Block, defineMessage } from '../outbox/render.ts';
import { formatDay, pick, WORDS } from './words.ts';

/** Text as stored: the languages it is written in. */
const Written = v.object({
  fr: v.optional(v.string()),
  nl: v.optional(v.string()),
  en: v.optional(v.string()),
});

/** Why this person gets the message: they support it, or a contribution of theirs is one of its sources. */
const Why = v.variant('as', [
  v.object({ as: v.literal('supporter') }),
  v.object({ as: v.literal('author'), contribution: v.string(), contributionTitle: v.string() }),
]);

const Answer = v.object({ version: v.number(), text: Written, reviewOn: v.nullable(v.string()) });

/** What both kinds need, as the enqueueing statements store it (`json_object` over the rows). */
const Common = {
  title: Written,
  /** The recommendation's page on the host site. */
  pageUrl: v.string(),
  why: Why,
};

interface Strings {
  status: {
    subject: (title: string, status: string) => string;
    heading: string;
    body: (title: string, status: string, by: string) => string;
  };
  answer: {
    subject: (title: string, revised: boolean) => string;
    heading: (revised: boolean) => string;
    body: (title: string) => string;
  };
  reasonLabel: string;
  answerLabel: (version: number) => string;
  reviewOn: string;
  date: string;
  read: string;
  at: string;
  supporter: string;
  author: (reference: string, title: string) => string;
}

const STRINGS: Record<Language, Strings> = {
  fr: {
    status: {
      subject: (title, status) => `« ${title} » : ${status}`,
      heading: 'Une recommandation que vous suivez a avancé',
      body: (title, status, by) =>
        `La recommandation « ${title} » est maintenant : ${status} (décision de ${by}).`,
    },
    answer: {
      subject: (title, revised) =>
        `« ${title} » : ${revised ? 'la réponse révisée' : 'la réponse'} du conseil d’administration`,
      heading: (revised) =>
        revised ? 'Le conseil d’administration a révisé sa réponse' : 'Le conseil d’administration a répondu',
      body: (title) => `Le conseil d’administration a répondu à la recommandation « ${title} ».`,
    },
    reasonLabel: 'Pourquoi :',
    answerLabel: (version) =>
      version > 1
        ? `Réponse du conseil d’administration (version ${version}) :`
        : 'Réponse du conseil d’administration :',
    reviewOn: 'Réexamen prévu le',
    date: 'Date',
    read: 'Lire la recommandation',
    at: 'À lire sur',
    supporter:
      'Vous recevez ce message parce que vous soutenez cette recommandation et avez laissé cette adresse pour en suivre la suite. Elle ne sert à rien d’autre et sera effacée après la durée de conservation annoncée.',
    author: (reference, title) =>
      `Vous recevez ce message parce que votre contribution « ${title} » (${reference}) fait partie des sources de cette recommandation, et que vous avez laissé cette adresse pour en connaître la suite. Elle sera effacée après la durée de conservation annoncée.`,
  },
  nl: {
    status: {
      subject: (title, status) => `„${title}”: ${status}`,
      heading: 'Een aanbeveling die u volgt, is verder gekomen',
      body: (title, status, by) => `De aanbeveling „${title}” is nu: ${status} (beslissing van ${by}).`,
    },
    answer: {
      subject: (title, revised) =>
        `„${title}”: ${revised ? 'het herziene antwoord' : 'het antwoord'} van de raad van bestuur`,
      heading: (revised) =>
        revised ? 'De raad van bestuur heeft zijn antwoord herzien' : 'De raad van bestuur heeft geantwoord',
      body: (title) => `De raad van bestuur heeft geantwoord op de aanbeveling „${title}”.`,
    },
    reasonLabel: 'Waarom:',
    answerLabel: (version) =>
      version > 1
        ? `Antwoord van de raad van bestuur (versie ${version}):`
        : 'Antwoord van de raad van bestuur:',
    reviewOn: 'Herbekeken op',
    date: 'Datum',
    read: 'De aanbeveling lezen',
    at: 'Te lezen op',
    supporter:
      'U ontvangt dit bericht omdat u deze aanbeveling steunt en dit adres achterliet om het vervolg te horen. Het dient voor niets anders en wordt gewist na de aangekondigde bewaartermijn.',
    author: (reference, title) =>
      `U ontvangt dit bericht omdat uw bijdrage „${title}” (${reference}) een van de bronnen van deze aanbeveling is en u dit adres achterliet om het vervolg te horen. Het wordt gewist na de aangekondigde bewaartermijn.`,
  },
  en: {
    status: {
      subject: (title, status) => `“${title}”: ${status}`,
      heading: 'A recommendation you follow has moved on',
      body: (title, status, by) => `The recommendation “${title}” is now: ${status} (decided by ${by}).`,
    },
    answer: {
      subject: (title, revised) => `“${title}”: the board’s ${revised ? 'revised answer' : 'answer'}`,
      heading: (revised) => (revised ? 'The board has revised its answer' : 'The board has answered'),
      body: (title) => `The board has answered the recommendation “${title}”.`,
    },
    reasonLabel: 'Why:',
    answerLabel: (version) =>
      version > 1 ? `The board’s answer (version ${version}):` : 'The board’s answer:',
    reviewOn: 'To be reviewed on',
    date: 'Date',
    read: 'Read the recommendation',
    at: 'Read it at',
    supporter:
      'You are receiving this because you support this recommendation and left this address to hear what becomes of it. It is used for nothing else and is deleted after the stated retention period.',
    author: (reference, title) =>
      `You are receiving this because your contribution “${title}” (${reference}) is one of this recommendation’s sources, and you left this address to hear what becomes of it. It is deleted after the stated retention period.`,
  },
};

function text(written: WrittenText, language: Language): string {
  return pick(written, language).text;
}

/** The answer, set apart, with its review date. */
function answerBlocks(answer: v.InferOutput<typeof Answer>, language: Language): Block[] {
  const strings = STRINGS[language];
  return [
    { quote: text(answer.text, language), label: strings.answerLabel(answer.version) },
    ...(answer.reviewOn
      ? [{ facts: [[strings.reviewOn, formatDay(answer.reviewOn, language)]] as const }]
      : []),
  ];
}

/** A link to the page: a button when it is https (the renderer takes no other), else the address as text. */
function pageBlock(pageUrl: string, language: Language): Block {
  const strings = STRINGS[language];
  return pageUrl.startsWith('https://')
    ? { action: { label: strings.read, href: pageUrl } }
    : { facts: [[strings.at, pageUrl]] };
}

function footer(why: v.InferOutput<typeof Why>, language: Language): string {
  const strings = STRINGS[language];
  return why.as === 'supporter' ? strings.supporter : strings.author(why.contribution, why.contributionTitle);
}

/** A recommendation moved: its new status, by which body, why, and the board's answer when it came with the move. */
export const recommendationStatusChanged = defineMessage({
  kind: 'recommendation_status_changed',
  data: v.object({
    ...Common,
    status: v.picklist(RECOMMENDATION_STATUSES),
    by: v.picklist(BODIES),
    at: v.string(),
    reason: v.nullable(Written),
    answer: v.nullable(Answer),
  }),
  compose(data, language) {
    const strings = STRINGS[language];
    const words = WORDS[language];
    const title = text(data.title, language);
    const status = words.status[data.status];
    return {
      subject: strings.status.subject(title, status),
      heading: strings.status.heading,
      blocks: [
        { paragraph: strings.status.body(title, status, words.body[data.by]) },
        { facts: [[strings.date, formatDay(data.at, language)]] },
        ...(data.reason ? [{ quote: text(data.reason, language), label: strings.reasonLabel }] : []),
        ...(data.answer ? answerBlocks(data.answer, language) : []),
        pageBlock(data.pageUrl, language),
      ],
      reason: footer(data.why, language),
    };
  },
});

/** The board answered, or revised its answer, without moving the recommendation. */
export const recommendationAnswered = defineMessage({
  kind: 'recommendation_answered',
  data: v.object({ ...Common, answer: Answer }),
  compose(data, language) {
    const strings = STRINGS[language];
    const title = text(data.title, language);
    const revised = data.answer.version > 1;
    return {
      subject: strings.answer.subject(title, revised),
      heading: strings.answer.heading(revised),
      blocks: [
        { paragraph: strings.answer.body(title) },
        ...answerBlocks(data.answer, language),
        pageBlock(data.pageUrl, language),
      ],
      reason: footer(data.why, language),
    };
  },
});

/** The templates of the recommendations feature (its `messages`). */
export const RECOMMENDATION_MESSAGES = [recommendationStatusChanged, recommendationAnswered];
