/**
 * The address of an open event: opening one adds `?sip-event=SLUG` to the
 * host page's URL (its other parameters and its hash kept), so the visitor
 * can share or bookmark it; opening such a URL opens the event, and the
 * browser's Back button closes it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const PARAMETER = 'sip-event';

/** The slug the page's address opens, or null. */
export function linkedEvent(): string | null {
  return new URL(location.href).searchParams.get(PARAMETER) || null;
}

/** The page's address with `slug` open (or none, for null): other parameters and the hash stay. */
export function addressOf(slug: string | null): string {
  const url = new URL(location.href);
  if (slug) url.searchParams.set(PARAMETER, slug);
  else url.searchParams.delete(PARAMETER);
  return url.href;
}

export class DeepLink implements ReactiveController {
  /** Whether the entry on top of the history is one this widget pushed (so closing goes back). */
  private pushed = false;
  private readonly sync = () => {
    this.pushed = false;
    this.follow(linkedEvent());
  };

  constructor(
    host: ReactiveControllerHost,
    /** Called with the slug the address now opens (null: none) after Back or Forward. */
    private readonly follow: (slug: string | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.sync);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.sync);
  }

  /** An event was opened: a history entry of its own, unless the address already names it. */
  open(slug: string): void {
    if (linkedEvent() === slug) return;
    history.pushState(history.state, '', addressOf(slug));
    this.pushed = true;
  }

  /** The event was closed from the widget: back to the entry before it, or the address without it. */
  close(): void {
    if (!linkedEvent()) return;
    if (this.pushed) {
      this.pushed = false;
      history.back();
    } else history.replaceState(history.state, '', addressOf(null));
  }
}
