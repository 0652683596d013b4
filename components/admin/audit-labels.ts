/**
 * The audit log's words for each kind of item, so that every line reads in
 * the page's language whatever it is about: a contribution's decisions and
 * states from the page's dictionary, an event's from its own part of it, a
 * recommendation's from the recommendations' dictionary (the words its own
 * history uses). An action or state no dictionary knows (one a newer API
 * wrote) is shown as the API wrote it rather than hidden.
 */
import type { AuditEntry, AuditKind } from '../../schema/moderation.ts';
import type { RecommendationsTranslation } from './recommendations/translations/dictionaries.ts';
import type { AdminTranslation } from './translations/dictionaries.ts';

type Words = Readonly<Record<string, string>>;

/** One line's action and its change of state, as the page says them. */
export interface AuditLabels {
  action: string;
  from: string;
  to: string;
}

function wordsOf(
  kind: AuditKind,
  t: AdminTranslation,
  w: RecommendationsTranslation,
): { actions: Words; statuses: Words } {
  switch (kind) {
    case 'contribution':
      return { actions: t.auditActions, statuses: t.statuses };
    case 'event':
      return t.audit.event;
    case 'recommendation':
      return { actions: w.auditActions, statuses: w.statuses };
    case 'publication':
      return { actions: t.audit.publication.actions, statuses: {} };
  }
}

const word = (words: Words, key: string): string => (Object.hasOwn(words, key) ? words[key] : key);

/**
 * The labels of an audit line, per the kind of item it is about.
 *
 * @example
 * auditLabels({ ...entry, kind: 'event', action: 'cancel', from: 'scheduled', to: 'cancelled' }, t, w);
 * // → { action: 'Annulation', from: 'Programmé', to: 'Annulé' }
 */
export function auditLabels(
  entry: AuditEntry,
  t: AdminTranslation,
  w: RecommendationsTranslation,
): AuditLabels {
  const { actions, statuses } = wordsOf(entry.kind, t, w);
  return {
    action: word(actions, entry.action),
    from: word(statuses, entry.from),
    to: word(statuses, entry.to),
  };
}
