/** The snippet's model and text, from a configuration: what a web team pastes. */
import { expect } from '@open-wc/testing';
import { contrastRatio, type EmbedConfig, embedModel, problemsOf, snippetText } from './snippet.ts';

const MOVING = { src: 'https://kit.example/sip.js' };

function config(overrides: Partial<EmbedConfig> = {}): EmbedConfig {
  return {
    widget: 'sip-poll',
    values: { poll: 'outils-en-ligne' },
    lang: 'fr',
    tokenMode: 'none',
    tokenUrl: '',
    colors: {},
    radius: 8,
    ...overrides,
  };
}

describe('the snippet', () => {
  it('is the script and the element when nothing else is chosen', () => {
    expect(snippetText(embedModel(config()), MOVING)).to.equal(
      '<script type="module" src="https://kit.example/sip.js"></script>\n' +
        '<sip-poll poll="outils-en-ligne" lang="fr"></sip-poll>\n',
    );
  });

  it('lists the widget’s attributes in the catalog’s order, and only the widget’s', () => {
    const model = embedModel(
      config({
        widget: 'sip-contribution-list',
        // Values of other widgets stay in the configuration (for when the team switches back) but not in this snippet.
        values: {
          poll: 'outils-en-ligne',
          'page-size': ' 07 ',
          theme: 'modele-economique',
          'hide-breakdown': 'true',
        },
        lang: 'en',
      }),
    );
    expect(model.attributes).to.deep.equal([
      ['theme', 'modele-economique'],
      ['page-size', '7'],
      ['lang', 'en'],
    ]);
  });

  it('writes a flag as a bare attribute, and leaves it out when unset', () => {
    const set = embedModel(config({ values: { poll: 'outils-en-ligne', 'hide-breakdown': 'true' } }));
    expect(snippetText(set, MOVING)).to.contain('<sip-poll poll="outils-en-ligne" hide-breakdown lang="fr">');
    const unset = embedModel(config({ values: { poll: 'outils-en-ligne', 'hide-breakdown': 'false' } }));
    expect(unset.attributes.map(([name]) => name)).to.deep.equal(['poll', 'lang']);
  });

  it('escapes attribute values, so a typed URL cannot break out of its attribute', () => {
    const model = embedModel(
      config({ tokenMode: 'attribute', tokenUrl: 'https://site.example/t?a="><script>&b=1' }),
    );
    expect(snippetText(model, MOVING)).to.contain(
      'token-url="https://site.example/t?a=&quot;&gt;&lt;script&gt;&amp;b=1"',
    );
  });

  it('puts the page-wide token-url in a meta tag, not on the element', () => {
    const text = snippetText(embedModel(config({ tokenMode: 'meta', tokenUrl: '/sip-token' })), MOVING);
    expect(text).to.equal(
      '<script type="module" src="https://kit.example/sip.js"></script>\n' +
        '<meta name="sip:token-url" content="/sip-token" />\n' +
        '<sip-poll poll="outils-en-ligne" lang="fr"></sip-poll>\n',
    );
  });

  it('sets only the colours changed from the kit’s defaults, and the radius in pixels', () => {
    const model = embedModel(
      config({
        colors: { '--sip-accent': '#C7291F', '--sip-surface': '#ffffff', '--sip-text': 'red' },
        radius: 0,
      }),
    );
    expect(model.properties).to.deep.equal([
      ['--sip-accent', '#c7291f'],
      ['--sip-radius', '0px'],
    ]);
    expect(snippetText(model, MOVING)).to.contain(
      '<style>\n  sip-poll {\n    --sip-accent: #c7291f;\n    --sip-radius: 0px;\n  }\n</style>\n',
    );
  });

  it('loads a pinned release with its integrity hash', () => {
    const text = snippetText(embedModel(config()), {
      src: 'https://kit.example/v/1.4.0/sip.js',
      integrity: 'sha384-AbC',
    });
    expect(text.split('\n')[0]).to.equal(
      '<script type="module" src="https://kit.example/v/1.4.0/sip.js" integrity="sha384-AbC" crossorigin="anonymous"></script>',
    );
  });
});

describe('the problems of a configuration', () => {
  it('needs a poll, a valid slug, a page size in bounds and http(s) URLs', () => {
    expect(problemsOf(config())).to.deep.equal({});
    expect(problemsOf(config({ values: {} }))).to.deep.equal({ poll: 'required' });
    expect(problemsOf(config({ values: { poll: 'Outils en ligne' } }))).to.deep.equal({ poll: 'slug' });
    for (const size of ['0', '51', '2.5', 'ten'])
      expect(
        problemsOf(config({ widget: 'sip-contribution-list', values: { 'page-size': size } })),
        size,
      ).to.deep.equal({
        'page-size': 'range',
      });
    // An optional theme may be left out; the widget's default page size applies when the field is empty.
    expect(
      problemsOf(config({ widget: 'sip-contribution-list', values: { 'page-size': '' } })),
    ).to.deep.equal({});
    expect(
      problemsOf(
        config({ widget: 'sip-contribution-form', values: { 'privacy-url': 'javascript:alert(1)' } }),
      ),
    ).to.deep.equal({ 'privacy-url': 'url' });
    expect(problemsOf(config({ tokenMode: 'meta', tokenUrl: ' ' }))).to.deep.equal({
      'token-url': 'required',
    });
    expect(problemsOf(config({ tokenMode: 'attribute', tokenUrl: 'data:text/plain,x' }))).to.deep.equal({
      'token-url': 'url',
    });
    // The mode without sign-in ignores a URL left in the field.
    expect(problemsOf(config({ tokenMode: 'none', tokenUrl: 'data:x' }))).to.deep.equal({});
  });

  it('leaves a value with a problem out of the snippet: the widget’s default applies', () => {
    const model = embedModel(
      config({ values: { poll: 'Pas Un Slug' }, tokenMode: 'attribute', tokenUrl: 'ftp://x' }),
    );
    expect(model.attributes).to.deep.equal([['lang', 'fr']]);
  });
});

describe('contrastRatio', () => {
  it('follows WCAG’s formula', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#ffffff', '#ffffff')).to.equal(1);
    // The kit's own accent with white text passes AA.
    expect(contrastRatio('#ffffff', '#17694e')).to.be.within(6.5, 6.7);
    expect(contrastRatio('#777777', '#ffffff')).to.be.within(4.47, 4.49);
  });
});
