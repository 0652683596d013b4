/**
 * What an author who left an e-mail is told about their contribution, in
 * the language they wrote in: that it is published, or that it is not (with
 * the reason and the moderator's note). Enqueued with the decision
 * (moderation-queries.ts `applyDecision`), rendered by the outbox.
 */
import * as v from 'valibot';
import type { Language } from '../../schema/common.ts';
import { REJECTION_REASONS } from '../../schema/moderation.ts';
import { type Block, defineMessage } from '../outbox/render.ts';

type RejectionReason = (typeof REJECTION_REASONS)[number];

/** What both messages need, as the decision's statement stores it (`json_object` over the row). */
const DecisionData = v.object({
  /** The contribution's reference, e.g. `K7M2-9QXA`. */
  reference: v.string(),
  title: v.string(),
  /** The moderator's note to the author, or null. */
  note: v.nullable(v.string()),
});

interface Strings {
  reference: string;
  note: string;
  reason: (reference: string) => string;
  published: { subject: (title: string) => string; heading: string; body: (title: string) => string };
  rejected: {
    subject: (title: string) => string;
    heading: string;
    body: (title: string) => string;
    /** When it had been published, then reported, and is rejected now. */
    withdrawn: (title: string) => string;
    because: string;
    reasons: Record<RejectionReason, string>;
  };
}

const STRINGS: Record<Language, Strings> = {
  fr: {
    reference: 'Référence',
    note: 'Le mot de l’équipe de modération :',
    reason: (reference) =>
      `Vous recevez ce message parce que vous avez laissé cette adresse avec votre contribution ${reference}, pour en connaître la suite. Elle ne sert à rien d’autre et sera effacée après la durée de conservation annoncée.`,
    published: {
      subject: (title) => `Votre contribution « ${title} » est publiée`,
      heading: 'Votre contribution est publiée',
      body: (title) =>
        `Merci ! Votre contribution « ${title} » a été relue et publiée : chacun peut maintenant la lire.`,
    },
    rejected: {
      subject: (title) => `Votre contribution « ${title} » n’est pas publiée`,
      heading: 'Votre contribution n’est pas publiée',
      body: (title) => `Votre contribution « ${title} » a été relue, mais elle ne sera pas publiée.`,
      withdrawn: (title) =>
        `Votre contribution « ${title} » a été signalée et relue : elle n’est plus publiée.`,
      because: 'Motif',
      reasons: {
        off_topic: 'elle ne porte pas sur le thème',
        offensive: 'elle contient des propos blessants ou injurieux',
        spam: 'elle ressemble à un message publicitaire ou indésirable',
        personal_data: 'elle contient des données personnelles',
        duplicate: 'elle reprend une contribution déjà publiée',
        other: 'une autre raison',
      },
    },
  },
  nl: {
    reference: 'Referentie',
    note: 'Een woordje van de moderatoren:',
    reason: (reference) =>
      `U ontvangt dit bericht omdat u dit adres achterliet bij uw bijdrage ${reference}, om te horen wat ermee gebeurt. Het dient voor niets anders en wordt gewist na de aangekondigde bewaartermijn.`,
    published: {
      subject: (title) => `Uw bijdrage „${title}” is gepubliceerd`,
      heading: 'Uw bijdrage is gepubliceerd',
      body: (title) =>
        `Bedankt! Uw bijdrage „${title}” werd nagelezen en gepubliceerd: iedereen kan ze nu lezen.`,
    },
    rejected: {
      subject: (title) => `Uw bijdrage „${title}” wordt niet gepubliceerd`,
      heading: 'Uw bijdrage wordt niet gepubliceerd',
      body: (title) => `Uw bijdrage „${title}” werd nagelezen, maar wordt niet gepubliceerd.`,
      withdrawn: (title) =>
        `Uw bijdrage „${title}” werd gemeld en nagelezen: ze is niet langer gepubliceerd.`,
      because: 'Reden',
      reasons: {
        off_topic: 'ze gaat niet over het thema',
        offensive: 'ze bevat kwetsende of beledigende woorden',
        spam: 'ze lijkt op reclame of ongewenste berichten',
        personal_data: 'ze bevat persoonsgegevens',
        duplicate: 'ze herhaalt een bijdrage die al gepubliceerd is',
        other: 'een andere reden',
      },
    },
  },
  en: {
    reference: 'Reference',
    note: 'A word from the moderators:',
    reason: (reference) =>
      `You are receiving this because you left this address with your contribution ${reference}, to hear what becomes of it. It is used for nothing else and is deleted after the stated retention period.`,
    published: {
      subject: (title) => `Your contribution “${title}” is published`,
      heading: 'Your contribution is published',
      body: (title) =>
        `Thank you! Your contribution “${title}” was reviewed and published: anyone can read it now.`,
    },
    rejected: {
      subject: (title) => `Your contribution “${title}” is not published`,
      heading: 'Your contribution is not published',
      body: (title) => `Your contribution “${title}” was reviewed, but it will not be published.`,
      withdrawn: (title) =>
        `Your contribution “${title}” was reported and reviewed: it is no longer published.`,
      because: 'Reason',
      reasons: {
        off_topic: 'it is not about the theme',
        offensive: 'it contains hurtful or abusive words',
        spam: 'it looks like advertising or unwanted messages',
        personal_data: 'it contains personal data',
        duplicate: 'it repeats a contribution already published',
        other: 'another reason',
      },
    },
  },
};

function noteBlock(note: string | null, strings: Strings): Block[] {
  return note ? [{ quote: note, label: strings.note }] : [];
}

/** A contribution was published for the first time. */
export const contributionPublished = defineMessage({
  kind: 'contribution_published',
  data: DecisionData,
  compose(data, language) {
    const strings = STRINGS[language];
    return {
      subject: strings.published.subject(data.title),
      heading: strings.published.heading,
      blocks: [
        { paragraph: strings.published.body(data.title) },
        { facts: [[strings.reference, data.reference]] },
        ...noteBlock(data.note, strings),
      ],
      reason: strings.reason(data.reference),
    };
  },
});

/** A contribution was rejected: never published, or withdrawn after reports. */
export const contributionRejected = defineMessage({
  kind: 'contribution_rejected',
  data: v.object({
    ...DecisionData.entries,
    reasonCode: v.picklist(REJECTION_REASONS),
    /** It had been published (then reported) before this decision. */
    withdrawn: v.boolean(),
  }),
  compose(data, language) {
    const strings = STRINGS[language];
    const { rejected } = strings;
    return {
      subject: rejected.subject(data.title),
      heading: rejected.heading,
      blocks: [
        { paragraph: (data.withdrawn ? rejected.withdrawn : rejected.body)(data.title) },
        {
          facts: [
            [strings.reference, data.reference],
            [rejected.because, rejected.reasons[data.reasonCode]],
          ],
        },
        ...noteBlock(data.note, strings),
      ],
      reason: strings.reason(data.reference),
    };
  },
});

/** The templates of the contributions feature (its `messages`). */
export const CONTRIBUTION_MESSAGES = [contributionPublished, contributionRejected];
