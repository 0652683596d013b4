/**
 * Test doubles for the component tests: realistic API answers built to the
 * schemas (and parsed by them, so fixtures cannot drift from the contract),
 * and a fetch stub that records what the widgets send.
 */
import * as v from 'valibot';
import { ContributionList, ContributionView } from '../../schema/contributions.ts';
import { PollView } from '../../schema/polls.ts';
import type { ProblemCode } from '../../schema/problem.ts';
import { TerritoryList, type TerritoryView } from '../../schema/territories.ts';
import { ThemeEntry } from '../../schema/themes.ts';

const DAY = 24 * 60 * 60 * 1000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

const THEME = {
  slug: 'pour-qui-avec-qui',
  position: 1,
  title: {
    fr: 'Être une coopérative : pour qui et avec qui ?',
    nl: 'Een coöperatie zijn: voor wie en met wie?',
    en: 'Being a cooperative: for whom and with whom?',
  },
  summary: {
    fr: 'Les publics de Smart et le statut des travailleurs autonomes.',
    nl: 'De doelgroepen van Smart en het statuut van zelfstandige werkers.',
    en: 'Who Smart is for, and the status of autonomous workers.',
  },
};

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

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problemResponse(status: number, code: ProblemCode, detail = 'Stubbed problem'): Response {
  const body = {
    type: `https://smartinprogress.example/problems/${code}`,
    title: code,
    status,
    code,
    detail,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export interface RecordedCall {
  url: URL;
  method: string;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

export type Responder = (call: RecordedCall) => Response | Promise<Response>;

export interface FetchStub {
  calls: RecordedCall[];
  restore(): void;
}

/** Replaces window.fetch until `restore()`; every call is recorded, then answered by `respond`. */
export function stubFetch(respond: Responder): FetchStub {
  const original = window.fetch;
  const calls: RecordedCall[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: RecordedCall = {
      url: new URL(input instanceof Request ? input.url : String(input)),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      credentials: init.credentials,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    if (init.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    return respond(call);
  };
  return {
    calls,
    restore() {
      window.fetch = original;
    },
  };
}

/** A fetch answer that only arrives when the test says so (to observe pending states). */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** An unsigned JWT with the given claims (the widgets never verify signatures). */
export function fakeToken(claims: Record<string, unknown>): string {
  const encode = (value: unknown) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}.c2lnbmF0dXJl`;
}

/** Claims of a signed-in member, valid for an hour unless overridden. */
export function memberClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: 'smart-be',
    aud: 'sip',
    sub: 'person-42',
    name: 'Aïcha Diallo',
    roles: ['member', 'freelancer'],
    member: true,
    iat: now,
    exp: now + 3600,
    ...overrides,
  };
}

/**
 * Waits until a widget has finished loading (it fired `sip-load` or
 * `sip-error`) and rendered the outcome. Listens before mounting, since a
 * stubbed answer can arrive before `fixture()` returns.
 */
export async function whenSettled<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  mount: () => Promise<T>,
): Promise<T> {
  const listening = new AbortController();
  const settled = new Promise<void>((resolve) => {
    for (const type of ['sip-load', 'sip-error']) {
      document.addEventListener(type, () => resolve(), { signal: listening.signal });
    }
  });
  try {
    const element = await mount();
    await settled;
    await element.updateComplete;
    return element;
  } finally {
    listening.abort();
  }
}

/** The rendered text of a shadow root (or part of it), whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

type ThemeEntryInput = v.InferInput<typeof ThemeEntry>;

/** The four themes of the process as `GET /themes` lists them; `overrides` change a theme by slug. */
export function themeEntries(overrides: Record<string, Partial<ThemeEntryInput>> = {}): ThemeEntry[] {
  const themes: ThemeEntryInput[] = [
    { ...THEME, audience: 'public', moderation: 'pre' },
    {
      slug: 'modele-economique',
      position: 2,
      title: {
        fr: 'Mutualiste, redistributif, solidaire : un modèle économique viable ?',
        nl: 'Mutualistisch, herverdelend, solidair: een leefbaar economisch model?',
        en: 'Mutualist, redistributive, solidarity-based: a viable economic model?',
      },
      summary: { fr: 'La contribution de 8,5 % sur le chiffre d’affaires.' },
      audience: 'participants',
      moderation: 'pre',
    },
    {
      slug: 'outils',
      position: 3,
      title: {
        fr: 'Créer et développer son activité : comment ? Avec quels outils ?',
        nl: 'Je activiteit opstarten en uitbouwen: hoe? Met welke tools?',
        en: 'Creating and growing one’s activity: how, with which tools?',
      },
      summary: { fr: 'Les outils en ligne que Smart devrait développer.' },
      audience: 'public',
      moderation: 'pre',
    },
    {
      slug: 'entreprise-partagee',
      position: 4,
      title: {
        fr: 'Une entreprise partagée et participative, est-ce bien réaliste ?',
        nl: 'Een gedeelde en participatieve onderneming, is dat realistisch?',
        en: 'A shared, participatory enterprise: is it realistic?',
      },
      summary: { fr: 'La gouvernance et la démocratie participative.' },
      audience: 'members',
      moderation: 'post_members',
    },
  ];
  return themes.map((theme) => v.parse(ThemeEntry, { ...theme, ...overrides[theme.slug] }));
}

/** A few territories of each group, in the API's order. */
export function territoryList(): TerritoryView[] {
  return v.parse(TerritoryList, {
    territories: [
      {
        code: 'bruxelles',
        country: 'BE',
        name: { fr: 'Bruxelles-Capitale', nl: 'Brussels Hoofdstedelijk Gewest', en: 'Brussels-Capital' },
      },
      { code: 'wallonie', country: 'BE', name: { fr: 'Wallonie', nl: 'Wallonië', en: 'Wallonia' } },
      { code: 'flandre', country: 'BE', name: { fr: 'Flandre', nl: 'Vlaanderen', en: 'Flanders' } },
      { code: 'bretagne', country: 'FR', name: { fr: 'Bretagne', nl: 'Bretagne', en: 'Brittany' } },
      { code: 'occitanie', country: 'FR', name: { fr: 'Occitanie', nl: 'Occitanië', en: 'Occitania' } },
      { code: 'en-ligne', country: null, name: { fr: 'En ligne', nl: 'Online', en: 'Online' } },
      { code: 'autre', country: null, name: { fr: 'Autre', nl: 'Andere', en: 'Other' } },
    ],
  }).territories;
}

/** A published contribution; `n` varies its id, title and date (newer for smaller n). */
export function contributionView(n = 1, overrides: Partial<ContributionView> = {}): ContributionView {
  return v.parse(ContributionView, {
    id: `K7M2-${String(n).padStart(4, '0')}`,
    theme: THEME.slug,
    title: `Contribution ${n} : ouvrir la coopérative`,
    text: 'Premier paragraphe sur les publics de Smart.\nAvec un retour à la ligne.\n\nSecond paragraphe.',
    author: 'Aïcha Diallo',
    role: 'freelancer',
    territory: 'bruxelles',
    selfDeclared: false,
    publishedAt: new Date(Date.UTC(2026, 2, 20 - n, 10)).toISOString(),
    ...overrides,
  });
}

/** One page of `GET /contributions`: items `from`..`to` (inclusive), with a next cursor or none. */
export function contributionPage(
  from: number,
  to: number,
  nextCursor: string | null = null,
): ContributionList {
  const contributions = Array.from({ length: to - from + 1 }, (_, index) => contributionView(from + index));
  return v.parse(ContributionList, { contributions, nextCursor });
}

/** How the stubbed contribution API answers each route; unset routes answer the defaults. */
export interface ContributionApi {
  themes?: ThemeEntry[];
  territories?: TerritoryView[];
  /** `POST /contributions`; by default a 202 pending receipt. */
  submit?: Responder;
  /** `GET /contributions`; by default an empty page. */
  list?: Responder;
  /** `POST /contributions/:id/reports`; by default a 201 without body. */
  report?: Responder;
}

export const RECEIPT = { id: 'K7M2-9QXA', status: 'pending', theme: THEME.slug } as const;

/** Stubs the routes both contribution widgets call. */
export function stubContributionApi(api: ContributionApi = {}): FetchStub {
  return stubFetch((call) => {
    const path = call.url.pathname;
    if (path.endsWith('/themes')) return jsonResponse({ themes: api.themes ?? themeEntries() });
    if (path.endsWith('/territories'))
      return jsonResponse({ territories: api.territories ?? territoryList() });
    if (call.method === 'POST' && path.endsWith('/reports'))
      return api.report?.(call) ?? new Response(null, { status: 201 });
    if (call.method === 'POST' && path.endsWith('/contributions'))
      return api.submit?.(call) ?? jsonResponse(RECEIPT, 202);
    if (path.endsWith('/contributions'))
      return api.list?.(call) ?? jsonResponse({ contributions: [], nextCursor: null });
    return problemResponse(404, 'not_found');
  });
}
