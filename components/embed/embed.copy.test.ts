/**
 * Copying the snippet: through the Clipboard API, confirmed on screen and to
 * screen readers; without it (an insecure context, a refusal), the text is
 * selected for the web team to copy themselves.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { textOf } from '../internal/test-helpers.ts';
import type { SipCopyDetail } from './embed.events.ts';
import { $, type ApiStub, mountConfigurator, serveApi, setControl, snippetOf } from './test-utils.ts';

/** Replaces `navigator.clipboard.writeText` until restored; the page's real clipboard is never touched. */
function stubClipboard(write: (text: string) => Promise<void>): () => void {
  // An own property hides the prototype's getter; deleting it shows the real clipboard again.
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: write } });
  return () => {
    delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

describe('<sip-embed-configurator> copy', () => {
  let api: ApiStub;
  let restoreClipboard: (() => void) | undefined;
  beforeEach(() => {
    localStorage.clear();
    api = serveApi();
  });
  afterEach(() => {
    api.restore();
    restoreClipboard?.();
    restoreClipboard = undefined;
    getSelection()?.removeAllRanges();
  });

  it('copies the snippet with the keyboard, confirms it visibly and to screen readers, and fires sip-copy', async () => {
    const copied: string[] = [];
    restoreClipboard = stubClipboard(async (text) => {
      copied.push(text);
    });
    const el = await mountConfigurator(api);
    await setControl(el, api, '#widget-lang', 'nl');
    const events: CustomEvent<SipCopyDetail>[] = [];
    el.addEventListener('sip-copy', (event) => events.push(event));
    const status = $(el, '.copy-status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(textOf(status)).to.equal('');

    $(el, '[part~="copy"]').focus();
    await sendKeys({ press: 'Enter' });
    await api.idle();

    expect(copied).to.deep.equal([snippetOf(el)]);
    expect(copied[0]).to.contain('lang="nl"');
    expect(textOf(status)).to.equal('Code copié.');
    expect(events.map((event) => event.detail)).to.deep.equal([{ widget: 'sip-poll', snippet: copied[0] }]);
    await expect(el).to.be.accessible();

    // A new snippet is not copied yet: the confirmation goes.
    await setControl(el, api, '#widget-lang', 'en');
    expect(textOf(status)).to.equal('');
  });

  it('selects the snippet for a manual copy when the clipboard refuses', async () => {
    restoreClipboard = stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    const el = await mountConfigurator(api);
    const events: Event[] = [];
    el.addEventListener('sip-copy', (event) => events.push(event));
    $(el, '[part~="copy"]').click();
    await api.idle();
    expect(textOf($(el, '.copy-status'))).to.equal(
      'La copie automatique n’a pas fonctionné : le code est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).',
    );
    // A selection leaves out the closing line break.
    expect(getSelection()?.toString()).to.equal(snippetOf(el).trimEnd());
    expect(events).to.be.empty;
  });

  it('shows the snippet as selectable text', async () => {
    const el = await mountConfigurator(api);
    const code = $(el, '[part~="code"]');
    expect(code.localName).to.equal('code');
    expect(code.parentElement?.localName).to.equal('pre');
    expect(getComputedStyle(code).userSelect).not.to.equal('none');
  });
});
