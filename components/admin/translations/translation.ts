/**
 * The moderation page's dictionary, apart from the widgets' one: moderators
 * need other words, and the widgets' bundle must not carry them. Strings that
 * depend on a value are functions, so each language places and inflects them.
 */
import type { Language, Role } from '../../../schema/common.ts';
import type {
  CONTRIBUTION_PROBLEMS,
  ContributionStatus,
  REPORT_REASONS,
} from '../../../schema/contributions.ts';
import type { EventStatus, RegistrationStatus } from '../../../schema/events.ts';
import type {
  AdminRole,
  AuditKind,
  CONTRIBUTION_AUDIT_ACTIONS,
  Decision,
  REJECTION_REASONS,
} from '../../../schema/moderation.ts';
import type { ErrorCode } from '../../internal/api.ts';

export type ReportReason = (typeof REPORT_REASONS)[number];
export type RejectionReason = (typeof REJECTION_REASONS)[number];
export type AuditAction = (typeof CONTRIBUTION_AUDIT_ACTIONS)[number];

/**
 * What the audit log records of an event (`item_kind` `event`): the
 * organisers' acts, and `erase`, one line per registration a person's
 * erasure removed (its from/to then a registration's state).
 */
export const EVENT_AUDIT_ACTIONS = [
  'create',
  'edit',
  'duplicate',
  'cancel',
  'attendance',
  'minutes',
  'erase',
] as const;
export type EventAuditAction = (typeof EVENT_AUDIT_ACTIONS)[number];

/**
 * What the audit log records of a year's publication (`item_kind`
 * `publication`): an edition published, the quotes picked, and `erase`, an
 * edition whose quote of an erased person was anonymised. Its from/to are
 * numbers (editions, counts of quotes), shown as they are.
 */
export const PUBLICATION_AUDIT_ACTIONS = ['publish', 'quotes', 'erase'] as const;
export type PublicationAuditAction = (typeof PUBLICATION_AUDIT_ACTIONS)[number];

/** The codes the admin API (and the network) can answer with; any other one gets `internal_error`'s message. */
export const ADMIN_ERROR_CODES = [
  'admin_unauthorized',
  'admin_forbidden',
  'illegal_transition',
  'contribution_not_found',
  'validation_failed',
  'invalid_json',
  'unsupported_media_type',
  'csrf_failed',
  'theme_not_found',
  'not_found',
  'rate_limited',
  'payload_too_large',
  'network_error',
  'internal_error',
] as const satisfies readonly (ErrorCode | keyof typeof CONTRIBUTION_PROBLEMS)[];
export type AdminErrorCode = (typeof ADMIN_ERROR_CODES)[number];

export interface AdminTranslation {
  $code: Language;
  /** The language's own name, for the language picker. */
  $name: string;

  appTitle: string;
  skipToContent: string;
  languageLabel: string;
  loading: string;
  retry: string;
  cancel: string;
  close: string;
  sending: string;
  /** Under an empty required field. */
  required: string;
  /** `Motif : spam` — each language punctuates its own way. */
  labelled: (label: string, value: string) => string;
  loadMore: string;

  nav: { label: string; queue: string; audit: string; erasure: string };

  signIn: {
    heading: string;
    intro: string;
    tokenLabel: string;
    tokenHint: string;
    submit: string;
    /** For those who come through the organisation's single sign-on rather than a token. */
    accessHint: string;
    refused: string;
    expired: string;
    signedOut: string;
  };
  signedInAs: (name: string, role: string) => string;
  adminRoles: Record<AdminRole, string>;
  signOut: string;

  statuses: Record<ContributionStatus, string>;
  roles: Record<Role, string>;
  reportReasons: Record<ReportReason, string>;
  rejectionReasons: Record<RejectionReason, string>;
  decisions: Record<Decision, string>;
  auditActions: Record<AuditAction, string>;

  queue: {
    heading: string;
    filters: string;
    statusLabel: string;
    /** The default filter: pending and reported contributions. */
    toReview: string;
    themeLabel: string;
    allThemes: string;
    listLabel: string;
    empty: string;
    loaded: (count: number) => string;
    reports: (count: number) => string;
    submittedOn: (date: string) => string;
  };

  detail: {
    heading: string;
    noneSelected: string;
    facts: string;
    theme: string;
    status: string;
    author: string;
    anonymous: string;
    role: string;
    territory: string;
    /** Beside a role or territory the author declared (no host site vouched for it). */
    selfDeclared: string;
    email: string;
    emailGiven: string;
    emailNone: string;
    submitted: string;
    published: string;
    text: string;
    reports: string;
    noReports: string;
    history: string;
    noHistory: string;
    actions: string;
    noActions: string;
  };

  reject: {
    heading: string;
    reasonLabel: string;
    choose: string;
    noteLabel: string;
    noteHint: string;
    submit: string;
    reasonRequired: string;
  };
  /** What the live region says once a decision is recorded. */
  decided: Record<Decision, (title: string) => string>;
  /** Said when a shortcut asks for a decision the contribution's status does not allow. */
  notAllowed: (decision: string, status: string) => string;

  shortcuts: {
    heading: string;
    open: string;
    intro: string;
    next: string;
    previous: string;
    publish: string;
    reject: string;
    hide: string;
    help: string;
  };

  audit: {
    heading: string;
    recent: string;
    empty: string;
    at: string;
    /** The column naming the item acted on. */
    item: string;
    /** Each kind of item, before its id when it is not a contribution. */
    kinds: Record<AuditKind, string>;
    actor: string;
    action: string;
    change: string;
    reason: string;
    note: string;
    transition: (from: string, to: string) => string;
    /** An event's actions, and its states and its registrations' as its lines name them. */
    event: {
      actions: Record<EventAuditAction, string>;
      statuses: Record<EventStatus | RegistrationStatus, string>;
    };
    /** A year's publication's actions. */
    publication: { actions: Record<PublicationAuditAction, string> };
  };

  exports: {
    heading: string;
    audit: string;
    published: string;
    themeLabel: string;
    allThemes: string;
    done: string;
  };

  erasure: {
    heading: string;
    intro: string;
    siteLabel: string;
    siteHint: string;
    subjectLabel: string;
    subjectHint: string;
    next: string;
    confirmHeading: string;
    confirm: (subject: string, site: string) => string;
    irreversible: string;
    erase: string;
    done: (count: number) => string;
  };

  errors: Record<AdminErrorCode, string>;
}
