/**
 * Test helpers for the publication: recommendations written straight into
 * D1 (with their timeline, answers and supports), an editor's token, and
 * shortcuts to the publication's routes. The publication reads the other
 * features' tables; its tests fill those tables themselves.
 */
import assert from 'node:assert/strict';
import type { PublicationEdition, PublicationPreview } from '../../schema/publications.ts';
import type { RecommendationStatus } from '../../schema/recommendation-lifecycle.ts';
import type { WrittenText } from '../../schema/recommendations.ts';
import { ADMIN, type Kit, type KitResponse, seedAdminToken } from '../test/harness.ts';

export interface SeedChange {
  from: RecommendationStatus;
  to: Exclude<RecommendationStatus, 'draft'>;
  by: 'steering_committee' | 'board';
  at: string;
  reason?: WrittenText;
}

export interface SeedRecommendation {
  slug?: string;
  theme?: string;
  year?: number;
  title?: WrittenText;
  summary?: WrittenText;
  /** The timeline; the status is the last change's `to` (draft without one). */
  changes?: SeedChange[];
  answers?: { text: WrittenText; reviewOn?: string | null; at: string }[];
  /** Supporters' roles, one entry per supporter. */
  supporters?: string[][];
  mergedInto?: string;
  createdAt?: string;
}

let counter = 0;

/**
 * Inserts a recommendation with its timeline, answers (versions 1, 2… in
 * order) and supports (the triggers count them), in one batch; returns its slug.
 *
 * @example
 * const slug = await seedRecommendation(kit.db, { theme: 'modele-economique', changes: [submitted] });
 */
export async function seedRecommendation(db: D1Database, seed: SeedRecommendation = {}): Promise<string> {
  counter += 1;
  const slug = seed.slug ?? `reco-${crypto.randomUUID().slice(0, 8)}`;
  const changes = seed.changes ?? [];
  const status = changes.at(-1)?.to ?? 'draft';
  const createdAt = seed.createdAt ?? new Date(Date.UTC(2026, 2, 1, 0, 0, counter)).toISOString();
  const statusAt = changes.at(-1)?.at ?? createdAt;
  const id = (statement: string) =>
    statement.replace('RID', '(SELECT id FROM recommendations WHERE slug = ?1)');
  await db.batch([
    db
      .prepare(
        `INSERT INTO recommendations (slug, theme_id, year, status, title, summary, body, audience, merged_into,
           atom_id, created_at, status_at, changed_at, updated_at)
         VALUES (?1, (SELECT id FROM themes WHERE slug = ?2), ?3, ?4, ?5, ?6, ?7, 'participants',
           (SELECT id FROM recommendations WHERE slug = ?8), ?9, ?10, ?11, ?11, ?11)`,
      )
      .bind(
        slug,
        seed.theme ?? 'modele-economique',
        seed.year ?? 2026,
        status,
        JSON.stringify(seed.title ?? { fr: `Recommandation ${slug}` }),
        JSON.stringify(seed.summary ?? { fr: `Résumé de ${slug}` }),
        JSON.stringify({ fr: `Texte de ${slug}` }),
        seed.mergedInto ?? null,
        `urn:uuid:${crypto.randomUUID()}`,
        createdAt,
        statusAt,
      ),
    ...changes.map((change) =>
      db
        .prepare(
          id(`INSERT INTO recommendation_status_changes (recommendation_id, from_status, to_status, body, reason, at)
              VALUES (RID, ?2, ?3, ?4, ?5, ?6)`),
        )
        .bind(
          slug,
          change.from,
          change.to,
          change.by,
          change.reason ? JSON.stringify(change.reason) : null,
          change.at,
        ),
    ),
    ...(seed.answers ?? []).map((answer, index) =>
      db
        .prepare(
          id(`INSERT INTO recommendation_answers (recommendation_id, version, body, review_on, answered_at)
              VALUES (RID, ?2, ?3, ?4, ?5)`),
        )
        .bind(slug, index + 1, JSON.stringify(answer.text), answer.reviewOn ?? null, answer.at),
    ),
    ...(seed.supporters ?? []).map((roles) =>
      db
        .prepare(
          id(`INSERT INTO recommendation_supports (recommendation_id, participant, roles, supported_at)
              VALUES (RID, ?2, ?3, ?4)`),
        )
        .bind(slug, `supporter-${crypto.randomUUID()}`, JSON.stringify(roles), createdAt),
    ),
  ]);
  return slug;
}

/** A submission by the steering committee at `at`. */
export const submittedAt = (at: string): SeedChange => ({
  from: 'draft',
  to: 'submitted',
  by: 'steering_committee',
  at,
});

/** The seeded editor's request options (role `editor`: preview and quotes, not publishing). */
export async function editorOptions(kit: Kit): Promise<{ token: string }> {
  return { token: await seedAdminToken(kit.db, { name: `editor-${crypto.randomUUID()}`, role: 'editor' }) };
}

/**
 * Publishes a new edition of `year` as the seeded admin; expects 201 and returns it.
 *
 * @example
 * const first = await publish(kit, 2026);
 */
export async function publish(kit: Kit, year: number): Promise<PublicationEdition> {
  const response = await kit.request(`/api/v1/admin/publications/${year}`, { method: 'POST', ...ADMIN });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()) as PublicationEdition;
}

/** PUTs the year's quotes as `options`' admin; returns the response. */
export function putQuotes(
  kit: Kit,
  year: number | string,
  body: unknown,
  options: { token: string },
): Promise<KitResponse> {
  return kit.request(`/api/v1/admin/publications/${year}/quotes`, { method: 'PUT', json: body, ...options });
}

/** The year's preview, as `options`' admin; expects 200. */
export async function preview(
  kit: Kit,
  year: number,
  options: { token: string },
): Promise<PublicationPreview> {
  const response = await kit.request(`/api/v1/admin/publications/${year}/preview`, options);
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as PublicationPreview;
}

/** Every row of the publication's tables and the audit log, to prove a refused request wrote nothing. */
export async function publicationState(db: D1Database): Promise<Record<string, unknown[]>> {
  const [editions, quotes, audit] = await db.batch([
    db.prepare('SELECT * FROM publication_editions ORDER BY year, edition'),
    db.prepare('SELECT * FROM publication_quotes ORDER BY year, theme_id, position'),
    db.prepare('SELECT * FROM audit_log ORDER BY id'),
  ]);
  return { editions: editions.results, quotes: quotes.results, audit: audit.results };
}

/**
 * A ballot written straight into D1 (the tallies follow by trigger), for a
 * poll of a past year that is closed to the public route.
 *
 * @example
 * await seedBallot(kit.db, slug, ['yes'], ['member']);
 */
export async function seedBallot(
  db: D1Database,
  poll: string,
  choices: string[],
  roles: string[],
  at = '2021-02-15T00:00:00.000Z',
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO ballots (poll_id, participant, choices, roles, cast_at, updated_at)
       VALUES ((SELECT id FROM polls WHERE slug = ?1), ?2, ?3, ?4, ?5, ?5)`,
    )
    .bind(poll, `voter-${crypto.randomUUID()}`, JSON.stringify(choices), JSON.stringify(roles), at)
    .run();
}

/** A registration of a seeded event: who, and whether organisers marked them as having come (null: never marked). */
export interface SeedRegistration {
  role?: string | null;
  territory?: string | null;
  status?: 'confirmed' | 'cancelled';
  attended: boolean | null;
}

export interface SeedEvent {
  themes: string[];
  startsAt: string;
  /** Two hours after the start unless given. */
  endsAt?: string;
  status?: 'scheduled' | 'cancelled';
  territory?: string;
  registrations?: SeedRegistration[];
}

/**
 * Inserts a workshop in person with its themes and registrations (the seat
 * triggers count them), in one batch; returns its slug. Straight into D1:
 * the events API takes no event in the past, and a publication is about
 * past years.
 *
 * @example
 * await seedEvent(kit.db, { themes: ['modele-economique'], startsAt, registrations: [{ role: 'member', attended: true }] });
 */
export async function seedEvent(db: D1Database, seed: SeedEvent): Promise<string> {
  const slug = `event-${crypto.randomUUID().slice(0, 8)}`;
  const endsAt = seed.endsAt ?? new Date(Date.parse(seed.startsAt) + 2 * 3600_000).toISOString();
  const event = '(SELECT id FROM events WHERE slug = ?1)';
  await db.batch([
    db
      .prepare(
        `INSERT INTO events (slug, uid, format, mode, status, title, description, territory, starts_at, ends_at,
           time_zone, audience, capacity_in_person, waitlist, allow_guests, languages, referents, step_free,
           sign_language, reminder_hours, created_at, updated_at)
         VALUES (?1, ?1 || '@test', 'workshop', 'in_person', ?2, '{"fr":"Atelier"}', '{"fr":"Un atelier."}', ?3,
           ?4, ?5, 'Europe/Brussels', 'public', 50, 0, 1, '["fr"]', '[]', 1, 0, 0, ?4, ?4)`,
      )
      .bind(slug, seed.status ?? 'scheduled', seed.territory ?? 'bruxelles', seed.startsAt, endsAt),
    ...seed.themes.map((theme) =>
      db
        .prepare(
          `INSERT INTO event_themes (event_id, theme_id, starts_at)
           VALUES (${event}, (SELECT id FROM themes WHERE slug = ?2), ?3)`,
        )
        .bind(slug, theme, seed.startsAt),
    ),
    ...(seed.registrations ?? []).map((registration, index) =>
      db
        .prepare(
          `INSERT INTO registrations (id, event_id, person, guest, mode, status, language, role, territory,
             confirmed_at, attended, created_at, updated_at)
           VALUES (?2, ${event}, ?2, 0, 'in_person', ?3, 'fr', ?4, ?5, ?6, ?7, ?6, ?6)`,
        )
        .bind(
          slug,
          `${slug}-${index}`,
          registration.status ?? 'confirmed',
          registration.role ?? null,
          registration.territory ?? null,
          seed.startsAt,
          registration.attended === null ? null : Number(registration.attended),
        ),
    ),
  ]);
  return slug;
}
