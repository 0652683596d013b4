import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { jsonResponse, problemResponse, textOf } from '../internal/test-helpers.ts';
import type { SipEmbedConfigurator } from './embed.ts';
import {
  $,
  type ApiStub,
  all$,
  click,
  mountConfigurator,
  POLLS,
  previewOf,
  serveApi,
  setControl,
  snippetOf,
} from './test-utils.ts';

const SCRIPT = `<script type="module" src="${location.origin}/sip.js"></script>`;
const [MOTION, SINGLE] = POLLS;

/** The live widget's own shadow content, once it has rendered what the API said. */
const inPreview = (el: SipEmbedConfigurator, selector: string) => {
  const found = previewOf(el).shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`the preview has no ${selector}`);
  return found;
};

describe('<sip-embed-configurator>', () => {
  let api: ApiStub;
  beforeEach(() => {
    localStorage.clear();
    api = serveApi();
  });
  afterEach(() => api.restore());

  it('starts with the first poll: its snippet and its live widget, axe-clean', async () => {
    const el = await mountConfigurator(api);
    await expect(el).to.be.accessible();
    expect(api.callsTo('GET polls')).to.have.length(1);
    // The list is read as anyone sees it: no identity header, a simple CORS request.
    const [listCall] = api.callsTo('GET polls');
    expect(listCall.headers.has('Sip-Participant') || listCall.headers.has('Authorization')).to.be.false;
    expect(snippetOf(el)).to.equal(`${SCRIPT}\n<sip-poll poll="${MOTION.slug}" lang="fr"></sip-poll>\n`);
    const preview = previewOf(el);
    expect(preview.localName).to.equal('sip-poll');
    expect(preview.getAttribute('poll')).to.equal(MOTION.slug);
    expect(textOf(inPreview(el, '[part~="question"]'))).to.equal(MOTION.question.fr);
    // Every poll is offered by its question, then typing a slug.
    const choices = [...$<HTMLSelectElement>(el, '#option-poll').options].map((option) => option.value);
    expect(choices.slice(0, 2)).to.deep.equal(POLLS.map((poll) => poll.slug));
    expect(choices).to.have.length(3);
  });

  it('picking a poll, a language and a colour updates the snippet and the live widget', async () => {
    const el = await mountConfigurator(api);
    await setControl(el, api, '#option-poll', SINGLE.slug);
    await setControl(el, api, '#widget-lang', 'nl');
    await setControl(el, api, '#color--sip-accent', '#8a1538');
    await setControl(el, api, '#radius', '14');

    expect(snippetOf(el)).to.equal(
      [
        SCRIPT,
        '<style>',
        '  sip-poll {',
        '    --sip-accent: #8a1538;',
        '    --sip-radius: 14px;',
        '  }',
        '</style>',
        `<sip-poll poll="${SINGLE.slug}" lang="nl"></sip-poll>`,
        '',
      ].join('\n'),
    );
    const preview = previewOf(el);
    expect(preview.getAttribute('poll')).to.equal(SINGLE.slug);
    expect(preview.lang).to.equal('nl');
    // The widget itself: Dutch, and the colour on its vote button.
    expect(textOf(inPreview(el, '[part~="question"]'))).to.equal(SINGLE.question.nl);
    const submit = inPreview(el, '[part~="submit"]');
    expect(textOf(submit)).to.equal('Stemmen');
    expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(138, 21, 56)');
    expect(getComputedStyle(submit).borderTopLeftRadius).to.equal('14px');
    await expect(el).to.be.accessible();
  });

  it('keeps the preview apart from the page’s own theme', async () => {
    const el = await mountConfigurator(api, 'style="--sip-accent: #ff0000"');
    // The configurator takes the page's accent; the widget shows the kit's default until one is chosen.
    expect(getComputedStyle($(el, '[part~="copy"]')).backgroundColor).to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(inPreview(el, '[part~="submit"]')).backgroundColor).to.equal('rgb(23, 105, 78)');
  });

  it('switching widget keeps one live element per widget, with that widget’s settings', async () => {
    const el = await mountConfigurator(api);
    await click(el, api, 'input[name="widget"][value="sip-contribution-list"]');
    expect(previewOf(el).localName).to.equal('sip-contribution-list');
    expect(api.callsTo('GET themes')).to.have.length(1);
    // No theme: all themes, which the snippet says by leaving the attribute out.
    expect(snippetOf(el)).to.contain('<sip-contribution-list lang="fr"></sip-contribution-list>');
    expect($<HTMLSelectElement>(el, '#option-theme').value).to.equal('');

    await setControl(el, api, '#option-theme', 'modele-economique');
    await setControl(el, api, '#option-page-size', '5');
    expect(snippetOf(el)).to.contain(
      '<sip-contribution-list theme="modele-economique" page-size="5" lang="fr"></sip-contribution-list>',
    );
    expect(previewOf(el).getAttribute('page-size')).to.equal('5');
    expect(all$(previewOf(el), '[part~="item"]')).to.have.length(3);

    // The theme chosen for the list stays for the form; its privacy notice is a path of the host site.
    await click(el, api, 'input[name="widget"][value="sip-contribution-form"]');
    await setControl(el, api, '#option-privacy-url', '/vie-privee');
    expect(snippetOf(el)).to.contain(
      '<sip-contribution-form theme="modele-economique" privacy-url="/vie-privee" lang="fr"></sip-contribution-form>',
    );
    expect(previewOf(el).localName).to.equal('sip-contribution-form');

    await click(el, api, 'input[name="widget"][value="sip-poll"]');
    await click(el, api, '#option-hide-breakdown');
    expect(snippetOf(el)).to.contain(`<sip-poll poll="${MOTION.slug}" hide-breakdown lang="fr"></sip-poll>`);
    expect(previewOf(el).hasAttribute('hide-breakdown')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('offers the recommendation feed: its theme and the host pages of its sources', async () => {
    const el = await mountConfigurator(api);
    await click(el, api, 'input[name="widget"][value="sip-recommendation-feed"]');
    expect(previewOf(el).localName).to.equal('sip-recommendation-feed');
    expect(all$(previewOf(el), '[part~="item"]')).to.have.length(2);
    await setControl(el, api, '#option-theme', 'outils');
    await setControl(el, api, '#option-contribution-url', '/contributions/{ref}');
    await setControl(el, api, '#option-poll-url', 'javascript:alert(1)');
    expect(snippetOf(el)).to.contain(
      '<sip-recommendation-feed theme="outils" contribution-url="/contributions/{ref}" lang="fr"></sip-recommendation-feed>',
    );
    expect(textOf($(el, '#option-contribution-url-hint'))).to.match(/^\{ref\} y devient sa référence/);
    expect(previewOf(el).getAttribute('theme')).to.equal('outils');
    await expect(el).to.be.accessible();
  });

  it('says what is wrong with a value, and leaves it out of the snippet', async () => {
    const el = await mountConfigurator(api);
    await click(el, api, 'input[name="widget"][value="sip-contribution-list"]');
    await setControl(el, api, '#option-page-size', '80');
    const size = $<HTMLInputElement>(el, '#option-page-size');
    expect(size.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf($(el, '#option-page-size-error'))).to.equal('Un nombre entier de 1 à 50.');
    expect(snippetOf(el)).not.to.contain('page-size');
    expect(previewOf(el).hasAttribute('page-size')).to.be.false;

    await setControl(el, api, '#option-page-size', '12');
    expect(size.getAttribute('aria-invalid')).to.equal('false');
    expect(snippetOf(el)).to.contain('page-size="12"');

    await click(el, api, 'input[name="widget"][value="sip-contribution-form"]');
    await setControl(el, api, '#option-privacy-url', 'javascript:alert(1)');
    expect(textOf($(el, '#option-privacy-url-error'))).to.match(/http ou https/);
    expect(snippetOf(el)).not.to.contain('privacy-url');
    await expect(el).to.be.accessible();
  });

  it('takes a slug typed by hand, when the item is not listed', async () => {
    const el = await mountConfigurator(api);
    await setControl(el, api, '#option-poll', '\u0000other');
    const slug = $<HTMLInputElement>(el, '#option-poll-slug');
    // The field starts from the poll chosen so far; the web team replaces it.
    expect(slug.value).to.equal(MOTION.slug);
    slug.select();
    await sendKeys({ type: 'Sondage-2027' });
    await api.idle();
    expect(slug.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf($(el, '#option-poll-slug-error'))).to.match(/lettres minuscules/);

    slug.select();
    await sendKeys({ type: 'sondage-2027' });
    // The snippet follows each key; the live widget waits for a pause, then asks for the whole slug only.
    expect(snippetOf(el)).to.contain('<sip-poll poll="sondage-2027" lang="fr"></sip-poll>');
    await api.idle();
    expect(previewOf(el).getAttribute('poll')).to.equal('sondage-2027');
    expect(api.calls.filter((call) => call.url.pathname.startsWith('/api/v1/polls/son'))).to.have.length(1);
    // It says the poll does not exist (yet).
    await waitUntil(
      () => previewOf(el).shadowRoot?.querySelector('[part~="error"]'),
      'the preview shows an error',
    );
    await expect(el).to.be.accessible();
  });

  it('offers the token-url on the widget or once for the page, and keeps it out of the preview', async () => {
    const el = await mountConfigurator(api);
    await click(el, api, 'input[name="token-mode"][value="attribute"]');
    const url = $<HTMLInputElement>(el, '#token-url');
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf($(el, '#token-url-error'))).to.equal('Remplissez ce champ.');

    await setControl(el, api, '#token-url', 'https://www.smart.coop/sip-token?x="1"');
    expect(snippetOf(el)).to.contain(
      `<sip-poll poll="${MOTION.slug}" token-url="https://www.smart.coop/sip-token?x=&quot;1&quot;" lang="fr"></sip-poll>`,
    );
    expect(previewOf(el).hasAttribute('token-url')).to.be.false;

    await click(el, api, 'input[name="token-mode"][value="meta"]');
    await setControl(el, api, '#token-url', '/sip-token');
    expect(snippetOf(el)).to.equal(
      `${SCRIPT}\n<meta name="sip:token-url" content="/sip-token" />\n<sip-poll poll="${MOTION.slug}" lang="fr"></sip-poll>\n`,
    );
    expect(document.querySelector('meta[name="sip:token-url"]')).to.be.null;

    await click(el, api, 'input[name="token-mode"][value="none"]');
    expect(snippetOf(el)).not.to.contain('token-url');
    await expect(el).to.be.accessible();
  });

  it('warns of colours that read poorly, and goes back to the kit’s colours', async () => {
    const el = await mountConfigurator(api);
    await setControl(el, api, '#color--sip-accent', '#9fe0c8');
    expect(textOf($(el, '.warnings'))).to.match(
      /^« Texte sur l’accent » sur « Accent \(boutons, barres\) » se lit mal \(contraste 1,\d:1/,
    );
    expect(previewOf(el).style.getPropertyValue('--sip-accent')).to.equal('#9fe0c8');

    await click(el, api, 'button.reset');
    expect(textOf($(el, '.warnings'))).to.equal('');
    expect(snippetOf(el)).not.to.contain('<style>');
    expect(previewOf(el).style.getPropertyValue('--sip-accent')).to.equal('');
    expect($<HTMLInputElement>(el, '#color--sip-accent').value).to.equal('#17694e');
  });

  it('is used with the keyboard: arrows choose the widget, and the focus stays on the choice', async () => {
    const el = await mountConfigurator(api);
    $<HTMLInputElement>(el, 'input[name="widget"][value="sip-poll"]').focus();
    await sendKeys({ press: 'ArrowDown' });
    await api.idle();
    expect(previewOf(el).localName).to.equal('sip-contribution-form');
    expect(el.shadowRoot?.activeElement).to.equal(
      $(el, 'input[name="widget"][value="sip-contribution-form"]'),
    );
    await sendKeys({ press: 'Tab' });
    // Then on to the widget's first setting.
    expect(el.shadowRoot?.activeElement).to.equal($(el, '#option-theme'));
  });

  it('says when a list cannot be loaded, takes a typed slug meanwhile, and tries again', async () => {
    api.restore();
    let fail = true;
    api = serveApi({
      'GET polls': () => (fail ? problemResponse(503, 'internal_error') : jsonResponse({ polls: POLLS })),
    });
    const errors: CustomEvent[] = [];
    document.addEventListener('sip-error', (event) => errors.push(event as CustomEvent), { once: true });
    const el = await mountConfigurator(api);
    expect(errors[0].detail).to.deep.equal({ status: 503, code: 'internal_error' });
    expect(textOf($(el, '[role="alert"]'))).to.equal(
      'La liste n’a pas pu être chargée : une erreur est survenue de notre côté. Vous pouvez saisir l’identifiant.',
    );
    await setControl(el, api, '#option-poll-slug', 'outils-en-ligne');
    expect(snippetOf(el)).to.contain('poll="outils-en-ligne"');
    await expect(el).to.be.accessible();

    fail = false;
    await click(el, api, '.field button');
    expect(api.callsTo('GET polls')).to.have.length(2);
    // The typed slug is not in the list: it stays typed.
    expect($<HTMLSelectElement>(el, '#option-poll').value).to.equal('\u0000other');
    expect($<HTMLInputElement>(el, '#option-poll-slug').value).to.equal('outils-en-ligne');
  });

  it('offers the latest pinned release with its integrity hash, from the kit’s manifest of versions', async () => {
    api.restore();
    api = serveApi({
      'GET /versions.json': () =>
        jsonResponse({
          latest: '1.4.0',
          entries: {
            'sip.js': { url: '/v/1.4.0/sip.js', integrity: 'sha384-abc+/=' },
            'poll.js': { url: '/v/1.4.0/poll.js', integrity: 'sha384-def' },
          },
        }),
    });
    const el = await mountConfigurator(api, 'versions-url="/versions.json"');
    expect(api.callsTo('GET /versions.json')).to.have.length(1);
    // The moving bundle stays the default: it is never wrong.
    expect(snippetOf(el)).to.contain(SCRIPT);
    expect(textOf($(el, 'label:has(input[value="pinned"])'))).to.equal('Figée : 1.4.0');
    await click(el, api, 'input[name="release"][value="pinned"]');
    expect(snippetOf(el)).to.contain(
      `<script type="module" src="${location.origin}/v/1.4.0/sip.js" integrity="sha384-abc+/=" crossorigin="anonymous"></script>`,
    );
    await expect(el).to.be.accessible();
    await click(el, api, 'input[name="release"][value="moving"]');
    expect(snippetOf(el)).to.contain(SCRIPT);
  });

  it('offers the moving bundle only, without a manifest of versions or with one it cannot trust', async () => {
    const without = await mountConfigurator(api);
    expect(without.shadowRoot?.querySelector('input[name="release"]')).to.be.null;
    expect(api.callsTo('GET /versions.json')).to.be.empty;

    api.restore();
    api = serveApi({
      'GET /versions.json': () =>
        jsonResponse({
          latest: '1.4.0',
          entries: { 'sip.js': { url: '/v/1.4.0/sip.js', integrity: 'md5-x' } },
        }),
    });
    const errors: CustomEvent[] = [];
    document.addEventListener('sip-error', (event) => errors.push(event as CustomEvent), { once: true });
    const el = await mountConfigurator(api, 'versions-url="/versions.json"');
    expect(errors.map((event) => event.detail)).to.deep.equal([{ status: 200, code: 'internal_error' }]);
    expect(el.shadowRoot?.querySelector('input[name="release"]')).to.be.null;
    expect(snippetOf(el)).to.contain(SCRIPT);
  });

  it('shows the live widget without letting it act, unless the web team asks to try it', async () => {
    const el = await mountConfigurator(api);
    const stage = $(el, '.stage');
    expect(stage.inert).to.be.true;
    await click(el, api, '.preview input[type="checkbox"]');
    expect(stage.inert).to.be.false;
  });
});
