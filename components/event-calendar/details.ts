/**
 * What every part beyond the list needs (an event's details, the guest form,
 * the month, the subscribe panel): their words, flat with the rest of the
 * dictionary, and their styles. French's words come with this code; Dutch
 * and English carry theirs in their dictionaries (`details`). Imported by
 * the details' and the month's code, and fetched by the element first.
 */
import { adoptStyles } from 'lit';
import { detailsStyles } from './event-details.styles.ts';
import { frDetails } from './translations/fr-details.ts';
import type { EventCalendarTranslation, EventDetailsTranslation } from './translations/translation.ts';

const flat = new WeakMap<EventCalendarTranslation, EventDetailsTranslation>();

/** `t` with the details' words of its language (a dictionary is one object per language: made once). */
export function detailsWords(t: EventCalendarTranslation): EventDetailsTranslation {
  let words = flat.get(t);
  if (!words) {
    words = { ...t, ...(t.details ?? frDetails) };
    flat.set(t, words);
  }
  return words;
}

/**
 * Adds the details' styles to the element's own (its shadow root), once:
 * called as this code arrives, before anything it styles can be on screen.
 */
export function adoptDetailsStyles(root: HTMLElement | DocumentFragment): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = detailsStyles.styleSheet;
  // Without constructable style sheets, Lit's own fallback: a <style> in the shadow root.
  if (!sheet) adoptStyles(root, [detailsStyles]);
  else if (!root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export { MyFeed } from './my-feed.ts';
