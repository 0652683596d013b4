/**
 * The form's data task: what it uses of Lit's Task (@lit/task), which would
 * cost its bundle about 650 bytes gzipped out of a 12 KB budget. It runs on
 * the host's first update and again whenever its arguments change (compared
 * one by one, as Task does), or when asked to (a retry); only the latest
 * run's outcome counts, and the host re-renders as a run starts and settles.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface LoadOptions<A extends readonly unknown[], T> {
  /** The task's arguments, read before each update: a change runs the task again. */
  args: () => A;
  task: (args: A) => Promise<T>;
  /** The latest run's value, before the host re-renders with it. */
  onComplete?: (value: T) => void;
  /** The latest run's failure, before the host re-renders with it. */
  onError?: (error: unknown) => void;
}

export class LoadController<A extends readonly unknown[], T> implements ReactiveController {
  status: 'pending' | 'complete' | 'error' = 'pending';
  error: unknown;
  private args: A | undefined;
  private runs = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadOptions<A, T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    const previous = this.args;
    if (!previous || args.some((arg, index) => !Object.is(arg, previous[index]))) void this.run(args);
  }

  /** Runs the task now (a retry), with the current arguments unless given others. */
  async run(args: A = this.options.args()): Promise<void> {
    this.args = args;
    const run = ++this.runs;
    this.status = 'pending';
    this.host.requestUpdate();
    try {
      const value = await this.options.task(args);
      if (run !== this.runs) return;
      this.options.onComplete?.(value);
      this.status = 'complete';
    } catch (error) {
      if (run !== this.runs) return;
      this.error = error;
      this.options.onError?.(error);
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
