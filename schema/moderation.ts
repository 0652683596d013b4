/**
 * Moderation: the queue, the decisions and their audit log (admin API).
 */
import * as v from 'valibot';
import { Role, Slug } from './common.ts';
import { CONTRIBUTION_STATUSES, ContributionStatus, REPORT_REASONS } from './contributions.ts';
import { TerritoryCode } from './territories.ts';

/**
 * Admin roles: moderators decide on contributions; organisers run events;
 * editors (the steering committee) write recommendations; the board answers
 * them; admins may do everything, polls included.
 */
export const ADMIN_ROLES = ['moderator', 'organiser', 'editor', 'board', 'admin'] as const;
/** An admin role: `moderator` (contributions) or `admin` (everything, polls included). */
export const AdminRole = v.picklist(ADMIN_ROLES);
export type AdminRole = v.InferOutput<typeof AdminRole>;

export const DECISIONS = ['publish', 'reject', 'hide'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * Which decision moves a contribution from which states. Anything else is an
 * illegal transition (409 `illegal_transition`).
 */
export const TRANSITIONS: Record<Decision, { from: readonly ContributionStatus[]; to: ContributionStatus }> =
  {
    publish: { from: ['pending', 'reported', 'hidden'], to: 'published' },
    reject: { from: ['pending', 'reported'], to: 'rejected' },
    hide: { from: ['published', 'reported', 'pending'], to: 'hidden' },
  };

export const REJECTION_REASONS = [
  'off_topic',
  'offensive',
  'spam',
  'personal_data',
  'duplicate',
  'other',
] as const;

/** `POST /api/v1/admin/contributions/:id/decisions`. */
export const DecisionInput = v.pipe(
  v.object({
    /** `publish`, `reject` or `hide` (see `TRANSITIONS` for the states each applies to). */
    action: v.picklist(DECISIONS),
    /** Required to reject, allowed to hide; publishing takes none. */
    reasonCode: v.optional(v.picklist(REJECTION_REASONS)),
    /** To the author (when they left an e-mail) and in the audit log. */
    note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(1000))),
  }),
  v.forward(
    v.check(
      (input) => input.action !== 'reject' || input.reasonCode !== undefined,
      'a reason is required to reject',
    ),
    ['reasonCode'],
  ),
  // Refused rather than written to the log: a publication has no reason to give.
  v.forward(
    v.check(
      (input) => input.action !== 'publish' || input.reasonCode === undefined,
      'publishing takes no reason',
    ),
    ['reasonCode'],
  ),
);
export type DecisionInput = v.InferOutput<typeof DecisionInput>;

/** `GET /api/v1/admin/contributions?status=&theme=&cursor=`: the default status filter is pending + reported. */
export const QueueQuery = v.object({
  /** Only the contributions in this state (default: pending and reported). */
  status: v.optional(v.picklist(CONTRIBUTION_STATUSES)),
  /** Only the contributions on this theme (its slug). */
  theme: v.optional(Slug),
  /** Opaque; from the previous page's `nextCursor`. */
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
export type QueueQuery = v.InferOutput<typeof QueueQuery>;

/** A contribution as moderators see it: everything but the e-mail address itself. */
export const QueueItem = v.object({
  /** Its reference, e.g. `K7M2-9QXA`. */
  id: v.string(),
  /** The theme it contributes to. */
  theme: Slug,
  /** Where it stands now. */
  status: ContributionStatus,
  /** Its title. */
  title: v.string(),
  /** Its whole text (plain text). */
  text: v.string(),
  /** The name it is (or would be) published under; null when anonymous or erased. */
  author: v.nullable(v.string()),
  /** Whether the author asked to publish without their name. */
  anonymous: v.boolean(),
  /** The author's stakeholder role. */
  role: Role,
  /** Where the author takes part from. */
  territory: TerritoryCode,
  /** True when the author declared the role and territory; false when a host site's token vouched for them. */
  selfDeclared: v.boolean(),
  /** Whether the author left an e-mail address for follow-up (the address itself is never shown). */
  hasEmail: v.boolean(),
  /** When it was submitted (ISO 8601, UTC). */
  submittedAt: v.string(),
  /** When it was published, or null if it never was. */
  publishedAt: v.nullable(v.string()),
  /** The reports participants made on it, oldest first. */
  reports: v.array(
    v.object({
      /** `spam`, `offensive` or `off_topic`. */
      reason: v.picklist(REPORT_REASONS),
      /** The reporter's note, or null. */
      note: v.nullable(v.string()),
      /** When it was reported. */
      at: v.string(),
    }),
  ),
});
export type QueueItem = v.InferOutput<typeof QueueItem>;

/** A page of the moderation queue. */
export const Queue = v.object({
  /** Contributions, oldest submitted first. */
  items: v.array(QueueItem),
  /** The `cursor` of the next page; null on the last one. */
  nextCursor: v.nullable(v.string()),
});
export type Queue = v.InferOutput<typeof Queue>;

/** What the audit log records of a contribution: a decision, an automatic hiding, an erasure. */
export const CONTRIBUTION_AUDIT_ACTIONS = [...DECISIONS, 'auto_hide', 'erase'] as const;

/** The kinds of item the audit log records acts on. */
export const AUDIT_KINDS = ['contribution', 'event', 'recommendation', 'publication'] as const;
/** What kind of item an audit entry is about: a contribution, an event, a recommendation, a year's publication. */
export const AuditKind = v.picklist(AUDIT_KINDS);
export type AuditKind = v.InferOutput<typeof AuditKind>;

/** One line of the audit log: who did what to which item, when, from which state to which, and why. */
export const AuditEntry = v.object({
  /** Its number, increasing. */
  id: v.number(),
  /** What kind of item it is about. */
  kind: AuditKind,
  /** The item: a contribution's reference, an event's or a recommendation's slug, a publication's year. */
  item: v.string(),
  /** Who acted: the admin's name, or `system` for what the API did by itself. */
  actor: v.string(),
  /**
   * What was done: for a contribution a decision (`publish`, `reject`,
   * `hide`), `auto_hide` (hidden after enough reports) or `erase` (a
   * person's right to erasure); for other kinds, their own actions
   * (`create`, `edit`, `cancel`…).
   */
  action: v.string(),
  /** The item's state before. */
  from: v.string(),
  /** The item's state after. */
  to: v.string(),
  /** The reason given (a rejection reason code), or null. */
  reasonCode: v.nullable(v.string()),
  /** The note given, or null. */
  note: v.nullable(v.string()),
  /** When (ISO 8601, UTC). */
  at: v.string(),
});
export type AuditEntry = v.InferOutput<typeof AuditEntry>;

/** A page of the moderation log. */
export const AuditLog = v.object({
  /** Decisions, newest first. */
  entries: v.array(AuditEntry),
  /** The `cursor` of the next page; null on the last one. */
  nextCursor: v.nullable(v.string()),
});
export type AuditLog = v.InferOutput<typeof AuditLog>;

/** The erasure `site` that names an anonymous visitor; the `subject` is then the uuid their browser keeps. */
export const ANONYMOUS_SITE = 'anon';

/**
 * `POST /api/v1/admin/erasures`: a person's request to erase their personal
 * data. A host site's subject is taken as typed (a token's `sub` is
 * case-sensitive); an anonymous id is a uuid, found however it is typed, as
 * the API reads the `Sip-Participant` header.
 */
export const ErasureInput = v.pipe(
  v.object({
    /** The host site's id (the token's `iss`) and the person's id there (`sub`). */
    site: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(64)),
    /** The person's id on that site (the token's `sub`), or an anonymous visitor's uuid when `site` is `anon`. */
    subject: v.pipe(v.string(), v.minLength(1), v.maxLength(256)),
  }),
  v.transform((input) =>
    input.site === ANONYMOUS_SITE ? { ...input, subject: input.subject.trim().toLowerCase() } : input,
  ),
);
export type ErasureInput = v.InferOutput<typeof ErasureInput>;

/** Who is acting on the admin API. */
export const AdminIdentity = v.object({
  /** Their name: the admin token's, or their e-mail address through Access. */
  name: v.string(),
  /** What they may do. */
  role: AdminRole,
  /** How they signed in: a named admin `token`, or Cloudflare `access`. */
  via: v.picklist(['token', 'access']),
});
export type AdminIdentity = v.InferOutput<typeof AdminIdentity>;

/**
 * `GET /api/v1/admin/session`: whether anyone is signed in, the moderation
 * page's first question. A request that presents no credential at all gets
 * `signedIn: false` rather than a 401: nobody being signed in yet is an
 * answer, not an error.
 */
export const AdminSession = v.variant('signedIn', [
  v.object({
    /** Whether a valid admin credential came with the request. */
    signedIn: v.literal(false),
  }),
  v.object({
    /** Whether a valid admin credential came with the request. */
    signedIn: v.literal(true),
    /** Who is signed in. */
    admin: AdminIdentity,
  }),
]);
export type AdminSession = v.InferOutput<typeof AdminSession>;
