/**
 * How a recommendation looks to one caller: its supports by role, whether
 * they may support it, the sources readers can follow. Pure functions over
 * a snapshot (queries.ts).
 */
import { BREAKDOWN_ROLES, type BreakdownRole } from '../../schema/common.ts';
import { SUPPORT_OPEN_STATUSES } from '../../schema/recommendation-lifecycle.ts';
import type {
  AdminRecommendationView,
  RecommendationView,
  SourceView,
  SupportCount,
} from '../../schema/recommendations.ts';
import type { Participant } from '../identity/participant.ts';
import { pollState, resultsVisible } from '../polls/view.ts';
import {
  ALL,
  type RawSourceView,
  type RecommendationRecord,
  type RecommendationSnapshot,
  toSummary,
} from './queries.ts';

/**
 * Counter rows as a SupportCount: `*` is the total, the other roles the
 * breakdown (only those with supports, in the kit's order).
 *
 * @example
 * toSupportCount([{ role: '*', supports: 2 }, { role: 'member', supports: 2 }]);
 * // { total: 2, byRole: [{ role: 'member', count: 2 }] }
 */
export function toSupportCount(counts: readonly { role: string; supports: number }[]): SupportCount {
  const by = new Map(counts.map((row) => [row.role, row.supports]));
  return {
    total: by.get(ALL) ?? 0,
    byRole: BREAKDOWN_ROLES.filter((role) => (by.get(role) ?? 0) > 0).map((role: BreakdownRole) => ({
      role,
      count: by.get(role) ?? 0,
    })),
  };
}

/** Whether supports are taken in this status (before the board decides). */
export function supportOpen(status: RecommendationRecord['status']): boolean {
  return (SUPPORT_OPEN_STATUSES as readonly string[]).includes(status);
}

/**
 * Whether `participant` may support the recommendation (or withdraw their
 * support) now, and if not, the first reason why. An anonymous caller
 * without a `Sip-Participant` id still gets `canSupport` on a public one:
 * the widget always sends one.
 *
 * @example
 * supportEligibility(record, null); // { canSupport: false, reason: 'sign_in_required' } for participants only
 */
export function supportEligibility(
  record: Pick<RecommendationRecord, 'audience' | 'status'>,
  participant: Participant | null,
): RecommendationView['eligibility'] {
  const signedIn = participant !== null && !participant.anonymous;
  if (!supportOpen(record.status)) return { canSupport: false, reason: 'support_closed' };
  if (record.audience !== 'public' && !signedIn) return { canSupport: false, reason: 'sign_in_required' };
  if (record.audience === 'members' && !participant?.member) {
    return { canSupport: false, reason: 'members_only' };
  }
  return { canSupport: true, reason: null };
}

/**
 * A source as readers see it at `now`: a poll's state, and its ballot count
 * only while its results are public (as a visitor who has not voted sees them).
 * A contribution and an event are read as they are shown (an event's
 * attendees are already null until its minutes are published).
 */
export function toSourceView(raw: RawSourceView, now: Date): SourceView {
  if (raw.kind === 'contribution' || raw.kind === 'event') return raw as SourceView;
  const state = pollState(raw, now);
  return {
    kind: 'poll',
    ref: raw.ref,
    question: raw.question,
    pollKind: raw.pollKind,
    state,
    ballots: resultsVisible(raw.resultsVisibility, state, false) ? (raw.ballots ?? 0) : null,
  };
}

/**
 * The recommendation as `participant` sees it at `now`. Only for public
 * ones: the route answers 404 for a draft before getting here.
 *
 * @example
 * const view = toRecommendationView(snapshot, c.var.participant, new Date());
 */
export function toRecommendationView(
  { record, details }: RecommendationSnapshot,
  participant: Participant | null,
  now: Date,
): RecommendationView {
  return {
    ...toSummary(record),
    text: details.body,
    audience: record.audience,
    supports: toSupportCount(details.counts),
    mySupport: details.mine,
    eligibility: supportEligibility(record, participant),
    sources: details.sources.flatMap((source) => (source.view ? [toSourceView(source.view, now)] : [])),
    timeline: details.timeline,
    answers: details.answers,
    mergedInto: details.mergedInto,
    mergedFrom: details.mergedFrom,
  };
}

/**
 * The recommendation as the steering committee and the board see it: any
 * status, every source as linked, support eligibility as a visitor without
 * identity would have it.
 *
 * @example
 * return c.json(toAdminView(snapshot, new Date()));
 */
export function toAdminView(snapshot: RecommendationSnapshot, now: Date): AdminRecommendationView {
  const { record, details } = snapshot;
  return {
    ...toRecommendationView(snapshot, null, now),
    status: record.status,
    atomId: record.atomId,
    linkedSources: details.sources.map((source) => ({
      kind: source.kind,
      ref: source.ref,
      public: source.view !== null,
    })),
  };
}
