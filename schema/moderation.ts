/**
 * Moderation: the queue, the decisions and their audit log (admin API).
 */
import * as v from 'valibot';
import { Role, Slug } from './common.ts';
import { CONTRIBUTION_STATUSES, ContributionStatus, REPORT_REASONS } from './contributions.ts';
import { TerritoryCode } from './territories.ts';

/** Admin roles: moderators decide on contributions; admins may do everything, polls included. */
export const ADMIN_ROLES = ['moderator', 'admin'] as const;
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
  status: v.optional(v.picklist(CONTRIBUTION_STATUSES)),
  theme: v.optional(Slug),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
export type QueueQuery = v.InferOutput<typeof QueueQuery>;

/** A contribution as moderators see it: everything but the e-mail address itself. */
export const QueueItem = v.object({
  id: v.string(),
  theme: Slug,
  status: ContributionStatus,
  title: v.string(),
  text: v.string(),
  author: v.nullable(v.string()),
  anonymous: v.boolean(),
  role: Role,
  territory: TerritoryCode,
  /** True when the author declared the role and territory; false when a host site's token vouched for them. */
  selfDeclared: v.boolean(),
  hasEmail: v.boolean(),
  submittedAt: v.string(),
  publishedAt: v.nullable(v.string()),
  reports: v.array(
    v.object({ reason: v.picklist(REPORT_REASONS), note: v.nullable(v.string()), at: v.string() }),
  ),
});
export type QueueItem = v.InferOutput<typeof QueueItem>;

export const Queue = v.object({ items: v.array(QueueItem), nextCursor: v.nullable(v.string()) });
export type Queue = v.InferOutput<typeof Queue>;

/** One line of the audit log: who decided what, when, from which state to which, and why. */
export const AuditEntry = v.object({
  id: v.number(),
  contribution: v.string(),
  actor: v.string(),
  action: v.picklist([...DECISIONS, 'auto_hide', 'erase']),
  from: ContributionStatus,
  to: ContributionStatus,
  reasonCode: v.nullable(v.string()),
  note: v.nullable(v.string()),
  at: v.string(),
});
export type AuditEntry = v.InferOutput<typeof AuditEntry>;

export const AuditLog = v.object({ entries: v.array(AuditEntry), nextCursor: v.nullable(v.string()) });
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
    subject: v.pipe(v.string(), v.minLength(1), v.maxLength(256)),
  }),
  v.transform((input) =>
    input.site === ANONYMOUS_SITE ? { ...input, subject: input.subject.trim().toLowerCase() } : input,
  ),
);
export type ErasureInput = v.InferOutput<typeof ErasureInput>;

/** Who is acting on the admin API. */
export const AdminIdentity = v.object({
  name: v.string(),
  role: AdminRole,
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
  v.object({ signedIn: v.literal(false) }),
  v.object({ signedIn: v.literal(true), admin: AdminIdentity }),
]);
export type AdminSession = v.InferOutput<typeof AdminSession>;
