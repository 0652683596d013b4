/**
 * Test helpers for the moderators' API: contributions and reports written
 * straight into D1 (the tests do not depend on the public submission route),
 * and a snapshot of the moderation tables to prove a refused request changed nothing.
 */
import assert from 'node:assert/strict';
import type { ContributionStatus } from '../../schema/contributions.ts';
import { participantId } from '../identity/participant.ts';
import { expectProblem, type Kit, type KitResponse, TEST_SECRETS } from './harness.ts';

const LETTERS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A fresh reference in the public routes' format, e.g. `K7M2-9QXA`. */
export function uniqueReference(): string {
  const letters = Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => LETTERS[byte & 31]);
  return `${letters.slice(0, 4).join('')}-${letters.slice(4).join('')}`;
}

/** The participant id the Worker computes for `site:subject` under the test PARTICIPANT_KEY. */
export function testParticipant(site: string, subject: string): Promise<string> {
  return participantId(TEST_SECRETS.PARTICIPANT_KEY, `${site}:${subject}`);
}

export interface SeedContribution {
  id?: string;
  theme?: string;
  status?: ContributionStatus;
  participant?: string;
  title?: string;
  text?: string;
  role?: string;
  territory?: string;
  displayName?: string | null;
  anonymous?: boolean;
  /** Role and territory declared by the author (the default) rather than vouched for by a token. */
  selfDeclared?: boolean;
  email?: string | null;
  submittedAt?: string;
  publishedAt?: string | null;
}

/**
 * Inserts a contribution (pending, on `creer-son-activite`, by a fresh
 * participant, with a name and an e-mail unless overridden); returns its id.
 * A published one gets published_at = submittedAt unless given.
 *
 * @example
 * const id = await seedContribution(kit.db, { status: 'published', title: 'Des outils' });
 */
export async function seedContribution(db: D1Database, seed: SeedContribution = {}): Promise<string> {
  const id = seed.id ?? uniqueReference();
  const status = seed.status ?? 'pending';
  const submittedAt = seed.submittedAt ?? new Date().toISOString();
  const publishedAt =
    seed.publishedAt !== undefined ? seed.publishedAt : status === 'published' ? submittedAt : null;
  await db
    .prepare(
      `INSERT INTO contributions (id, theme_id, participant, idempotency_key, status, title, body, role,
         territory, display_name, anonymous, email, consent_at, submitted_at, published_at, updated_at, self_declared)
       VALUES (?1, (SELECT id FROM themes WHERE slug = ?2), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14, ?13, ?15)`,
    )
    .bind(
      id,
      seed.theme ?? 'creer-son-activite',
      seed.participant ?? `participant-${crypto.randomUUID()}`,
      crypto.randomUUID(),
      status,
      seed.title ?? `Contribution ${id}`,
      seed.text ?? 'Un texte assez long pour être une contribution : au moins cinquante caractères.',
      seed.role ?? 'freelancer',
      seed.territory ?? 'bruxelles',
      seed.displayName !== undefined ? seed.displayName : 'Camille',
      seed.anonymous ? 1 : 0,
      seed.email !== undefined ? seed.email : 'camille@example.org',
      submittedAt,
      publishedAt,
      seed.selfDeclared === false ? 0 : 1,
    )
    .run();
  return id;
}

/**
 * Adds a report on a contribution (and counts it in report_count).
 *
 * @example
 * await seedReport(kit.db, id, { reason: 'spam', note: 'pub' });
 */
export async function seedReport(
  db: D1Database,
  contribution: string,
  report: { reason?: string; note?: string | null; at?: string; participant?: string } = {},
): Promise<void> {
  await db.batch([
    db
      .prepare(
        'INSERT INTO contribution_reports (contribution_id, participant, reason, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5)',
      )
      .bind(
        contribution,
        report.participant ?? `reporter-${crypto.randomUUID()}`,
        report.reason ?? 'spam',
        report.note ?? null,
        report.at ?? new Date().toISOString(),
      ),
    db.prepare('UPDATE contributions SET report_count = report_count + 1 WHERE id = ?1').bind(contribution),
  ]);
}

export interface ModerationState {
  contributions: Record<string, unknown>[];
  reports: Record<string, unknown>[];
  log: Record<string, unknown>[];
  adminTokens: Record<string, unknown>[];
}

/**
 * Every row of the moderation tables, in a stable order.
 *
 * @example
 * const before = await moderationState(kit.db);
 * assert.deepEqual(await moderationState(kit.db), before);
 */
export async function moderationState(db: D1Database): Promise<ModerationState> {
  const [contributions, reports, log, adminTokens] = await db.batch<Record<string, unknown>>([
    db.prepare('SELECT * FROM contributions ORDER BY id'),
    db.prepare('SELECT * FROM contribution_reports ORDER BY contribution_id, participant'),
    db.prepare('SELECT * FROM audit_log ORDER BY id'),
    db.prepare('SELECT * FROM admin_tokens ORDER BY id'),
  ]);
  return {
    contributions: contributions.results,
    reports: reports.results,
    log: log.results,
    adminTokens: adminTokens.results,
  };
}

/**
 * Sends a request that must be refused with `status`/`code` and checks that
 * no moderation table changed.
 *
 * @example
 * await expectUnchanged(kit, () => decide(id, { action: 'reject' }), 400, 'validation_failed');
 */
export async function expectUnchanged(
  kit: Kit,
  send: () => Promise<KitResponse>,
  status: number,
  code: string,
): Promise<void> {
  const before = await moderationState(kit.db);
  await expectProblem(await send(), status, code);
  assert.deepEqual(await moderationState(kit.db), before, 'the moderation tables did not change');
}

/**
 * The audit rows of a contribution, oldest first, straight from D1.
 *
 * @example
 * const [row] = await logOf(kit.db, id);
 */
export async function logOf(db: D1Database, contribution: string): Promise<Record<string, unknown>[]> {
  const { results } = await db
    .prepare('SELECT * FROM audit_log WHERE item_kind = "contribution" AND item_id = ?1 ORDER BY id')
    .bind(contribution)
    .all<Record<string, unknown>>();
  return results;
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF), to check
 * exports round-trip. The BOM, if any, must be stripped first.
 *
 * @example
 * const [header, ...rows] = parseCsv(text.slice(1));
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) throw new Error('the CSV does not end with CRLF');
  return rows;
}
