/**
 * The steering committee's and the board's words, beside the moderation
 * page's own dictionary (whose common words, roles and error messages these
 * screens use too). Strings that depend on a value are functions, so each
 * language places and inflects them.
 */
import type { Audience, BreakdownRole, Language } from '../../../../schema/common.ts';
import type { Body, RecommendationStatus, SourceKind } from '../../../../schema/recommendation-lifecycle.ts';
import type { RECOMMENDATION_PROBLEMS } from '../../../../schema/recommendations.ts';
import type { FieldMessage, TextName } from '../form-model.ts';

/** The codes these screens explain themselves: the feature's own, beyond the page's. */
export type RecommendationsProblemCode = keyof typeof RECOMMENDATION_PROBLEMS;

/** What the audit log records of a recommendation. */
export const RECOMMENDATION_AUDIT_ACTIONS = [
  'create',
  'edit',
  'sources',
  'submit',
  'status',
  'merge',
  'withdraw',
  'answer',
] as const;
export type RecommendationAuditAction = (typeof RECOMMENDATION_AUDIT_ACTIONS)[number];

export interface RecommendationsTranslation {
  $code: Language;

  heading: string;
  /** The button that opens an empty form. */
  create: string;
  /** Back from a recommendation or the form to the list. */
  backToList: string;

  statuses: Record<RecommendationStatus, string>;
  bodies: Record<Body, string>;
  audiences: Record<Audience, string>;
  languages: Record<Language, string>;
  sourceKinds: Record<SourceKind, string>;
  supportRoles: Record<BreakdownRole, string>;
  auditActions: Record<RecommendationAuditAction, string>;
  /** Beside a text shown in another language than the page's: `en néerlandais`. */
  shownIn: (language: string) => string;

  list: {
    filters: string;
    statusLabel: string;
    allStatuses: string;
    themeLabel: string;
    allThemes: string;
    yearLabel: string;
    allYears: string;
    caption: string;
    empty: string;
    title: string;
    theme: string;
    year: string;
    status: string;
    sources: string;
    answer: string;
    supports: string;
    changed: string;
    noAnswer: string;
    answerVersion: (version: number) => string;
    loaded: (count: number) => string;
  };

  facts: {
    heading: string;
    theme: string;
    year: string;
    audience: string;
    status: string;
    changed: string;
    supports: string;
    languages: string;
    atomId: string;
    mergedInto: string;
    mergedFrom: string;
  };

  texts: Record<TextName, string> & { heading: string };

  answers: {
    heading: string;
    none: string;
    /** `Version 2, du 3 mars 2026` */
    version: (version: number, date: string) => string;
    reviewOn: (date: string) => string;
    earlier: (count: number) => string;
  };

  actions: {
    heading: string;
    edit: string;
    sources: string;
    move: string;
    answer: string;
    none: string;
  };

  form: {
    createHeading: string;
    editHeading: (title: string) => string;
    slugLabel: string;
    slugHint: string;
    themeLabel: string;
    chooseTheme: string;
    yearLabel: string;
    audienceLabel: string;
    audienceHint: string;
    /** Under the texts: none required, each in at least one language. */
    languagesHint: string;
    submitCreate: string;
    submitEdit: string;
    invalid: (count: number) => string;
    unchanged: string;
    created: (title: string) => string;
    saved: string;
    restored: string;
  };

  fieldErrors: Record<FieldMessage, string>;

  sources: {
    heading: string;
    none: string;
    /** A linked source readers no longer see (a hidden contribution, say). */
    notPublic: string;
    linkedLabel: string;
    up: (title: string) => string;
    down: (title: string) => string;
    remove: (title: string) => string;
    searchHeading: string;
    queryLabel: string;
    queryHint: string;
    kindLabel: string;
    allKinds: string;
    search: string;
    results: (count: number) => string;
    noResults: string;
    /** The visible text of a result's button; `add` and `alreadyAdded` name it with the source. */
    addButton: string;
    add: (title: string) => string;
    added: string;
    alreadyAdded: (title: string) => string;
    addedToList: (title: string) => string;
    save: string;
    saved: string;
    unsaved: string;
    tooShort: string;
    full: (max: number) => string;
    moved: (title: string, position: number) => string;
    removed: (title: string) => string;
    /** `Contribution de Aïcha Diallo`, `Atelier, 12 mars 2026`… */
    contributionBy: (author: string) => string;
    anonymous: string;
    /** Beside an event the organisers cancelled: it never took place. */
    cancelled: string;
    minutes: string;
    attendees: (count: number) => string;
    ballots: (count: number) => string;
    pollKinds: Record<'single' | 'multiple' | 'motion', string>;
    eventFormats: Record<'workshop' | 'small_talk', string>;
  };

  move: {
    heading: string;
    /** Before the current status's badge. */
    current: string;
    actAs: string;
    toLabel: string;
    none: string;
    /** The button that applies a move to `status`. */
    submit: (status: string) => string;
    reasonLegend: string;
    reasonHint: string;
    answerLegend: string;
    answerRequired: string;
    answerOptional: string;
    reviewOnLabel: string;
    reviewOnHint: string;
    intoLegend: string;
    intoLabel: string;
    intoHint: string;
    intoSearch: string;
    intoResults: (count: number) => string;
    intoNone: string;
    intoChosen: (title: string) => string;
    chooseTarget: string;
    chooseMove: string;
    done: (status: string) => string;
  };

  answer: {
    /** `Réponse du conseil, version 2` */
    heading: (version: number) => string;
    intro: string;
    legend: string;
    submit: string;
    done: (version: number) => string;
    required: string;
  };

  history: {
    heading: string;
    timeline: string;
    timelineEmpty: string;
    /** `Brouillon → Soumise, par le comité de pilotage` */
    change: (from: string, to: string, body: string) => string;
    reason: string;
    log: string;
    logCaption: string;
    logEmpty: string;
    at: string;
    actor: string;
    action: string;
    statusChange: string;
    note: string;
  };

  problems: Record<RecommendationsProblemCode, string>;
}
