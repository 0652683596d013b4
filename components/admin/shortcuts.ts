/**
 * The queue's keyboard shortcuts, listened for on the whole document so they
 * work wherever focus is on the page, except while the moderator types in a
 * field, holds a modifier (the browser's and the screen reader's own
 * shortcuts), or a dialog is open.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AdminTranslation } from './translations/dictionaries.ts';

export type ShortcutAction = 'next' | 'previous' | 'publish' | 'reject' | 'hide' | 'help';

const KEYS: Record<string, ShortcutAction> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  p: 'publish',
  r: 'reject',
  h: 'hide',
  '?': 'help',
};

const NOT_TYPING = new Set([
  'button',
  'checkbox',
  'radio',
  'submit',
  'reset',
  'image',
  'range',
  'color',
  'file',
]);

/** Whether the key goes into a field the moderator is typing in (or choosing from). */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NOT_TYPING.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

export class ShortcutController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly run: (action: ShortcutAction) => void,
    /** False while shortcuts must stay off (a dialog is open, say). */
    private readonly enabled: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    const action = KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!action || isTyping(event) || !this.enabled()) return;
    event.preventDefault();
    this.run(action);
  };
}

/** The help dialog (opened with `showModal()`), its rows in the order of KEYS. */
export function renderShortcutDialog(t: AdminTranslation): TemplateResult {
  const rows: [TemplateResult, string][] = [
    [html`<kbd>j</kbd> / <kbd>↓</kbd>`, t.shortcuts.next],
    [html`<kbd>k</kbd> / <kbd>↑</kbd>`, t.shortcuts.previous],
    [html`<kbd>p</kbd>`, t.shortcuts.publish],
    [html`<kbd>r</kbd>`, t.shortcuts.reject],
    [html`<kbd>h</kbd>`, t.shortcuts.hide],
    [html`<kbd>?</kbd>`, t.shortcuts.help],
  ];
  return html`
    <dialog part="shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">${t.shortcuts.heading}</h2>
      <p class="muted">${t.shortcuts.intro}</p>
      <dl class="shortcuts">${rows.map(([keys, label]) => html`<dt>${keys}</dt><dd>${label}</dd>`)}</dl>
      <form method="dialog"><button class="primary" autofocus>${t.close}</button></form>
    </dialog>
  `;
}
