/**
 * Code a widget needs only once the visitor acts (sends, solves a challenge):
 * a chunk of its own, fetched when they start (focus enters the form, say)
 * and kept for the page. A fetch that failed is tried again on the next use.
 */
import { ApiError } from './api.ts';

export class OnDemand<T> {
  /** The code, once fetched. */
  current: T | undefined;
  private pending: Promise<T> | undefined;

  constructor(private readonly load: () => Promise<T>) {}

  /** The code, fetched on the first call; rejects with a `network_error` when it cannot be. */
  get(): Promise<T> {
    if (!this.pending) {
      const pending = this.load().then(
        (code) => (this.current = code),
        () => {
          if (this.pending === pending) this.pending = undefined;
          // To the visitor, code that cannot be fetched is a service that cannot be reached.
          throw new ApiError(0, 'network_error');
        },
      );
      this.pending = pending;
    }
    return this.pending;
  }

  /** Settles once a fetch under way is over (for a host's `updateComplete`). */
  get settled(): Promise<unknown> | undefined {
    return this.pending?.catch(() => undefined);
  }
}
