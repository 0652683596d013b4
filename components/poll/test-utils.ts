/** What the poll's test files share: polls as the API answers them, built to the PollView schema. */
import * as v from 'valibot';
import { PollView } from '../../schema/polls.ts';
import { THEME } from '../internal/catalog-fixtures.ts';

const DAY = 24 * 60 * 60 * 1000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

type PollViewInput = v.InferInput<typeof PollView>;

/** The first members' vote of the process: deploying Smart in Progress in France. */
export function motionPoll(overrides: Partial<PollViewInput> = {}): PollView {
  return v.parse(PollView, {
    slug: 'deploiement-france',
    theme: THEME,
    kind: 'motion',
    question: {
      fr: 'Faut-il déployer Smart in Progress en France ?',
      nl: 'Moet Smart in Progress in Frankrijk uitgerold worden?',
      en: 'Should Smart in Progress be deployed in France?',
    },
    description: {
      fr: 'Le conseil d’administration soumet cette proposition aux sociétaires.\nUn sociétaire, une voix.',
      nl: 'De raad van bestuur legt dit voorstel voor aan de vennoten.',
      en: 'The board puts this proposal to the members.',
    },
    audience: 'members',
    resultsVisibility: 'after_vote',
    maxChoices: null,
    allowChange: false,
    opensAt: iso(-3),
    closesAt: iso(11),
    state: 'open',
    options: [
      { key: 'for', label: { fr: 'Pour', nl: 'Voor', en: 'For' } },
      { key: 'against', label: { fr: 'Contre', nl: 'Tegen', en: 'Against' } },
      { key: 'abstain', label: { fr: 'Abstention', nl: 'Onthouding', en: 'Abstain' } },
    ],
    results: null,
    myBallot: null,
    eligibility: { canVote: true, reason: null },
    ...overrides,
  });
}

/** A single-choice poll open to everyone, results always shown. */
export function singlePoll(overrides: Partial<PollViewInput> = {}): PollView {
  return v.parse(PollView, {
    ...motionPoll(),
    slug: 'outil-prioritaire',
    kind: 'single',
    question: {
      fr: 'Quel outil en ligne Smart devrait-il développer en priorité ?',
      nl: 'Welke online tool moet Smart eerst ontwikkelen?',
      en: 'Which online tool should Smart build first?',
    },
    description: null,
    audience: 'public',
    resultsVisibility: 'live',
    options: [
      {
        key: 'devis',
        label: { fr: 'Devis et factures', nl: 'Offertes en facturen', en: 'Quotes and invoices' },
      },
      { key: 'agenda', label: { fr: 'Agenda partagé', nl: 'Gedeelde agenda', en: 'Shared calendar' } },
      { key: 'annuaire', label: { fr: 'Annuaire des membres', nl: 'Ledenlijst', en: 'Member directory' } },
    ],
    results: {
      ballots: 50,
      options: [
        { key: 'devis', votes: 21 },
        { key: 'agenda', votes: 18 },
        { key: 'annuaire', votes: 11 },
      ],
      byRole: [
        {
          role: 'freelancer',
          ballots: 30,
          options: [
            { key: 'devis', votes: 16 },
            { key: 'agenda', votes: 9 },
            { key: 'annuaire', votes: 5 },
          ],
        },
        {
          role: 'anonymous',
          ballots: 20,
          options: [
            { key: 'devis', votes: 5 },
            { key: 'agenda', votes: 9 },
            { key: 'annuaire', votes: 6 },
          ],
        },
      ],
    },
    ...overrides,
  });
}

/** A multiple-choice poll for signed-in participants: up to two of four answers. */
export function multiplePoll(overrides: Partial<PollViewInput> = {}): PollView {
  return v.parse(PollView, {
    ...motionPoll(),
    slug: 'priorites-ag',
    kind: 'multiple',
    question: {
      fr: 'Quels sujets mettre à l’ordre du jour de l’AG ?',
      nl: 'Welke onderwerpen op de agenda van de AV?',
      en: 'Which topics should go on the general assembly’s agenda?',
    },
    description: null,
    audience: 'participants',
    resultsVisibility: 'after_close',
    maxChoices: 2,
    allowChange: true,
    options: [
      { key: 'cotisation', label: { fr: 'La contribution de 8,5 %', en: 'The 8.5% contribution' } },
      { key: 'gouvernance', label: { fr: 'La gouvernance partagée' } },
      { key: 'outils', label: { fr: 'Les outils en ligne' } },
      { key: 'france', label: { fr: 'Le déploiement en France' } },
    ],
    ...overrides,
  });
}

/** A recorded ballot, as the API returns it in `myBallot`. */
export function ballot(choices: string[]): PollView['myBallot'] {
  const at = iso(-1);
  return { choices, castAt: at, updatedAt: at };
}
