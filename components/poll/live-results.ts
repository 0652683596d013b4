import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Longest wait between two refreshes after failures (each failure doubles the wait). */
const MAX_BACKOFF = 8;

export interface LiveResultsOptions {
  /** Seconds between refreshes; 0 (or less) turns them off. */
  interval: () => number;
  /** Whether there is anything live to refresh now (an open poll whose results are shown). */
  active: () => boolean;
  /** Asks the API again; rejects when the API cannot be reached or refuses. */
  refresh: () => Promise<void>;
}

/**
 * Refreshes a poll's results while they are live and on screen: on a timer,
 * paused while the page is hidden or the widget is out of view, and backing
 * off (2×, 4×… up to 8× the interval) while the API cannot be reached. The
 * host's requests are conditional (ETag), so a refresh when nothing moved
 * costs a header.
 */
export class LiveResultsController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private onScreen = true;
  private running = false;
  /** The interval the pending timer was set with: a new interval sets a new timer. */
  private scheduledWith = 0;
  private observer: IntersectionObserver | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: LiveResultsOptions;
  private readonly reschedule = () => this.schedule();

  constructor(host: ReactiveControllerHost & HTMLElement, options: LiveResultsOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.reschedule);
    this.observer = new IntersectionObserver((entries) => {
      this.onScreen = entries.some((entry) => entry.isIntersecting);
      this.schedule();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.reschedule);
    this.observer?.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostUpdated(): void {
    // A new view (loaded, voted) may start or stop the live refresh.
    this.schedule();
  }

  private schedule(): void {
    const seconds = this.options.interval();
    const live =
      seconds > 0 && this.options.active() && this.onScreen && document.visibilityState !== 'hidden';
    if (!live) {
      clearTimeout(this.timer);
      this.timer = undefined;
      return;
    }
    if (this.running || (this.timer !== undefined && this.scheduledWith === seconds)) return;
    clearTimeout(this.timer);
    const backoff = Math.min(MAX_BACKOFF, 2 ** this.failures);
    this.scheduledWith = seconds;
    this.timer = setTimeout(() => void this.tick(), seconds * 1000 * backoff);
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    this.running = true;
    try {
      await this.options.refresh();
      this.failures = 0;
    } catch {
      this.failures += 1;
    } finally {
      this.running = false;
      this.schedule();
    }
  }
}
