import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftStore } from '../internal/draft.ts';
import { isUuid, randomUuid } from '../internal/identity.ts';

/** What the form keeps as the person types: every field but the consent and the honeypot. */
export interface ContributionValues {
  /** The chosen theme, when the form offers a theme picker. */
  theme: string;
  title: string;
  text: string;
  role: string;
  territory: string;
  displayName: string;
  anonymous: boolean;
  email: string;
}

/** The key travels with the draft: a retry after a reload must not create a second contribution. */
interface Draft {
  values: ContributionValues;
  idempotencyKey: string;
}

export const EMPTY_VALUES: ContributionValues = Object.freeze({
  theme: '',
  title: '',
  text: '',
  role: '',
  territory: '',
  displayName: '',
  anonymous: false,
  email: '',
});

/** The browser's own data, checked by hand (valibot stays off the static path): every field, of its type. */
function isDraft(value: unknown): value is Draft {
  const { values, idempotencyKey } = (value ?? {}) as Partial<Record<keyof Draft, unknown>>;
  return (
    isUuid(idempotencyKey) &&
    typeof values === 'object' &&
    values !== null &&
    Object.entries(EMPTY_VALUES).every(([field, empty]) => typeof (values as never)[field] === typeof empty)
  );
}

/**
 * The form's values and their draft: restored when the widget connects,
 * saved 300 ms after the last change, flushed when the page is hidden or the
 * widget removed. Also holds the submission's `Idempotency-Key`, generated
 * once per draft, so retries and double clicks never create two contributions.
 */
export class DraftController implements ReactiveController {
  values: ContributionValues = { ...EMPTY_VALUES };
  /** When the restored draft was saved; undefined once discarded or sent, or when nothing was restored. */
  restoredFrom: string | undefined;
  private store: DraftStore<Draft> | undefined;
  private key: string | undefined;
  /** What `follow` last filled in for the person signed in, to replace it when the person changes. */
  private filled: Partial<Pick<ContributionValues, 'displayName' | 'role'>> = {};
  private readonly flush = () => this.store?.flush();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The storage key for the host's current state (its page and theme). */
    private readonly storageKey: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.flush);
    this.open();
  }

  hostUpdate(): void {
    // Another theme is another draft.
    this.open();
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.flush);
  }

  /** The key of this draft's submission, the same for every attempt until one succeeds. */
  get idempotencyKey(): string {
    this.key ??= randomUuid();
    return this.key;
  }

  /** The person changed fields: keep them, and save once they pause. */
  change(patch: Partial<ContributionValues>): void {
    this.values = { ...this.values, ...patch };
    this.store?.schedule(this.snapshot());
    this.host.requestUpdate();
  }

  /**
   * Fills the name and role of the person signed in (empty for a visitor),
   * without making a draft of them. A field that is empty, or still holds
   * what was filled in for the previous person, takes the new value: signing
   * out or switching person never leaves someone else's name or role behind.
   * A role the new person's site does not give them is replaced as well.
   */
  follow(person: { name: string; roles: readonly string[] }): void {
    const next = { displayName: person.name, role: person.roles[0] ?? '' };
    for (const field of ['displayName', 'role'] as const) {
      const current = this.values[field];
      const stale =
        !current ||
        current === this.filled[field] ||
        (field === 'role' && person.roles.length > 0 && !person.roles.includes(current));
      if (stale) this.values = { ...this.values, [field]: next[field] };
    }
    this.filled = next;
    this.host.requestUpdate();
  }

  /**
   * A new key for this draft: the previous one was spent on an earlier
   * version the API already has (it answered `idempotency_key_reused`), so
   * sending again makes a new contribution of the edited text.
   */
  renewKey(): void {
    this.key = randomUuid();
    this.persist();
  }

  /** Saves now, key included: called before a submission leaves, in case the page dies meanwhile. */
  persist(): void {
    this.store?.save(this.snapshot());
  }

  /** Forgets the draft (discarded, or sent): empty fields and a new key for the next one. */
  discard(): void {
    this.store?.clear();
    this.values = { ...EMPTY_VALUES };
    this.key = undefined;
    this.restoredFrom = undefined;
    this.host.requestUpdate();
  }

  private snapshot(): Draft {
    return { values: this.values, idempotencyKey: this.idempotencyKey };
  }

  private open(): void {
    const key = this.storageKey();
    if (this.store?.key === key) return;
    this.store?.flush();
    this.store = new DraftStore(key, isDraft);
    const draft = this.store.load();
    this.values = draft ? draft.value.values : { ...EMPTY_VALUES };
    this.key = draft?.value.idempotencyKey;
    this.restoredFrom = draft?.savedAt;
  }
}
