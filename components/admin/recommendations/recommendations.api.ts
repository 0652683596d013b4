/**
 * The steering committee's and the board's requests
 * (`/api/v1/admin/recommendations`), on the page's admin client: its
 * `call()` carries the named token or the Access cookie, reports a 401 to
 * the page, and turns problems into ApiErrors. The screens never build a URL
 * themselves.
 */
import type { AuditLog } from '../../../schema/moderation.ts';
import type { RecommendationStatus, SourceKind } from '../../../schema/recommendation-lifecycle.ts';
import type {
  AdminRecommendation,
  AnswerInput,
  BoardAnswer,
  RecommendationInput,
  RecommendationUpdateInput,
  RecommendationView,
  SourceRef,
  SourceView,
  StatusChangeInput,
} from '../../../schema/recommendations.ts';
import type { AdminClient } from '../admin.api.ts';

/** A source as the editor linked it; `public` is false for one readers no longer see (a hidden contribution). */
export interface LinkedSource extends SourceRef {
  public: boolean;
}

/**
 * A recommendation as the steering committee and the board read it
 * (`GET /api/v1/admin/recommendations/:slug`): the public view in any
 * status, drafts included, with its Atom id and every source as linked.
 */
export type AdminRecommendationView = Omit<RecommendationView, 'status'> & {
  status: RecommendationStatus;
  atomId: string;
  linkedSources: LinkedSource[];
};

/** A page of the admin list: latest edit first. */
export interface AdminRecommendationList {
  recommendations: AdminRecommendation[];
  nextCursor: string | null;
}

/** The admin list's filters; empty ones are left out of the query. */
export interface ListFilters {
  status?: RecommendationStatus;
  theme?: string;
  year?: string;
}

const path = (slug: string, ...rest: string[]) => ['recommendations', slug, ...rest];

/** A page of the list, drafts included. */
export function listRecommendations(
  client: AdminClient,
  query: ListFilters & { cursor?: string },
  signal?: AbortSignal,
): Promise<AdminRecommendationList> {
  return client.call<AdminRecommendationList>(['recommendations'], { query: { ...query }, signal });
}

/** One recommendation as it now is, in any status. */
export function getRecommendation(
  client: AdminClient,
  slug: string,
  signal?: AbortSignal,
): Promise<AdminRecommendationView> {
  return client.call<AdminRecommendationView>(path(slug), { signal });
}

/** A new draft (editors). */
export function createRecommendation(
  client: AdminClient,
  input: RecommendationInput,
): Promise<AdminRecommendationView> {
  return client.call<AdminRecommendationView>(['recommendations'], { method: 'POST', body: input });
}

/** Sends only the fields that changed (editors); every edit is in the audit log. */
export function updateRecommendation(
  client: AdminClient,
  slug: string,
  input: RecommendationUpdateInput,
): Promise<AdminRecommendationView> {
  return client.call<AdminRecommendationView>(path(slug), { method: 'PATCH', body: input });
}

/** Replaces the linked sources with `sources`, in that order (editors). */
export function saveSources(
  client: AdminClient,
  slug: string,
  sources: readonly SourceRef[],
): Promise<AdminRecommendationView> {
  return client.call<AdminRecommendationView>(path(slug, 'sources'), {
    method: 'PUT',
    body: { sources },
  });
}

/** Published contributions, events and polls whose title has `q` (editors). */
export async function searchSources(
  client: AdminClient,
  query: { q: string; kind?: SourceKind },
  signal?: AbortSignal,
): Promise<SourceView[]> {
  const answer = await client.call<{ sources: SourceView[] }>(['recommendations', 'sources'], {
    query: { ...query },
    signal,
  });
  return answer.sources;
}

/** A move of the lifecycle table; resolves with the recommendation as it now is. */
export function moveRecommendation(
  client: AdminClient,
  slug: string,
  input: StatusChangeInput,
): Promise<AdminRecommendationView> {
  return client.call<AdminRecommendationView>(path(slug, 'status'), { body: input });
}

/** A new version of the board's answer (board); earlier versions stay readable. */
export function answerRecommendation(
  client: AdminClient,
  slug: string,
  input: AnswerInput,
): Promise<BoardAnswer> {
  return client.call<BoardAnswer>(path(slug, 'answers'), { body: input });
}

/** A page of the audit log of one recommendation, newest first. */
export function recommendationLog(
  client: AdminClient,
  slug: string,
  cursor?: string,
  signal?: AbortSignal,
): Promise<AuditLog> {
  return client.auditLog({ kind: 'recommendation', item: slug, cursor }, signal);
}

/** Statuses a recommendation may be merged into: public, neither withdrawn nor merged. */
const MERGE_TARGET_STATUSES: readonly RecommendationStatus[] = [
  'submitted',
  'under_review',
  'adopted',
  'partially_adopted',
  'not_adopted',
  'in_progress',
  'implemented',
];

/** Lowercase, without accents: `Économie` matches `economie`. */
const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Pages of the list read at most while looking for a merge target (50 each). */
const MERGE_SEARCH_PAGES = 10;

/**
 * The recommendations `slug` may be merged into whose title (in any
 * language) or slug has every word of `words`. The admin API has no search
 * of its own: this reads the list, latest edit first, a few pages at most
 * (a cycle has tens of recommendations, not thousands).
 */
export async function findMergeTargets(
  client: AdminClient,
  slug: string,
  words: string,
  signal?: AbortSignal,
): Promise<AdminRecommendation[]> {
  const wanted = folded(words).split(/\s+/).filter(Boolean);
  const found: AdminRecommendation[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MERGE_SEARCH_PAGES; page++) {
    const list = await listRecommendations(client, { cursor }, signal);
    for (const item of list.recommendations) {
      if (item.slug === slug || !MERGE_TARGET_STATUSES.includes(item.status)) continue;
      const haystack = folded([item.slug, ...Object.values(item.title)].join(' '));
      if (wanted.every((word) => haystack.includes(word))) found.push(item);
    }
    if (!list.nextCursor) break;
    cursor = list.nextCursor;
  }
  return found;
}
