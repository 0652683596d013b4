/**
 * Drafts kept in localStorage, so that a half-written text survives a reload,
 * a crash or a closed tab. Writes are debounced while the person types, and
 * flushed at once when the page is hidden or the widget leaves it. When
 * storage is blocked (private mode, quota), drafts live in memory for the
 * life of the page: a widget re-mounted on the same page still finds them.
 */

const PREFIX = 'sip:draft:';
const memory = new Map<string, string>();

/** The storage key for a draft: one per page and per item, e.g. `draftKey('/debat', 'pour-qui')`. */
export function draftKey(...parts: string[]): string {
  return PREFIX + parts.map(encodeURIComponent).join(':');
}

export interface StoredDraft<T> {
  value: T;
  /** ISO instant of the last save. */
  savedAt: string;
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

function write(key: string, text: string): void {
  try {
    localStorage.setItem(key, text);
    memory.delete(key);
  } catch {
    memory.set(key, text);
  }
}

function remove(key: string): void {
  memory.delete(key);
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage blocked: the memory copy is gone already.
  }
}

/**
 * One draft under one key. `isValue` checks what comes back from storage, so
 * a draft written by an older version of the widget (or edited by hand) is
 * ignored rather than trusted.
 */
export class DraftStore<T> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: T | undefined;

  constructor(
    readonly key: string,
    private readonly isValue: (value: unknown) => value is T,
    /** Milliseconds without a newer value before `schedule` writes. */
    readonly delay = 300,
  ) {}

  load(): StoredDraft<T> | undefined {
    const text = read(this.key);
    if (!text) return undefined;
    try {
      const stored = JSON.parse(text) as Partial<StoredDraft<unknown>>;
      if (typeof stored.savedAt === 'string' && this.isValue(stored.value)) {
        return { value: stored.value, savedAt: stored.savedAt };
      }
    } catch {
      // Unreadable: treated as no draft.
    }
    return undefined;
  }

  /** Saves `value` once the person pauses for `delay` ms. */
  schedule(value: T): void {
    this.pending = value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  /** Writes the scheduled value now, if any. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending === undefined) return;
    const value = this.pending;
    this.pending = undefined;
    this.save(value);
  }

  save(value: T): void {
    write(this.key, JSON.stringify({ value, savedAt: new Date().toISOString() } satisfies StoredDraft<T>));
  }

  /** Forgets the draft, and any value waiting to be written. */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
    remove(this.key);
  }
}
