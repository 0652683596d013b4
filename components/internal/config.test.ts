import { expect } from '@open-wc/testing';
import { configure, endpoint, resolveApiBase, resolveTokenUrl } from './config.ts';

function addMeta(name: string, content: string): HTMLMetaElement {
  const meta = Object.assign(document.createElement('meta'), { name, content });
  document.head.appendChild(meta);
  return meta;
}

describe('config', () => {
  let metas: HTMLMetaElement[] = [];
  afterEach(() => {
    for (const meta of metas) meta.remove();
    metas = [];
    configure({ api: undefined, tokenUrl: undefined });
  });

  it('prefers the element’s api, then the page’s meta, then /api/v1/ on the bundle’s origin', () => {
    expect(resolveApiBase({})).to.equal(`${location.origin}/api/v1/`);
    metas.push(addMeta('sip:api', 'https://participation.smart.test/api/v1'));
    expect(resolveApiBase({})).to.equal('https://participation.smart.test/api/v1/');
    expect(resolveApiBase({ api: 'https://other.test/v1/' })).to.equal('https://other.test/v1/');
  });

  it('resolves a relative api against the page', () => {
    expect(resolveApiBase({ api: '/sip/api/v1' })).to.equal(`${location.origin}/sip/api/v1/`);
  });

  it('takes the token-url from the element, else the meta tag, else none', () => {
    expect(resolveTokenUrl({})).to.be.null;
    metas.push(addMeta('sip:token-url', '/session/sip-token'));
    expect(resolveTokenUrl({})).to.equal(`${location.origin}/session/sip-token`);
    expect(resolveTokenUrl({ tokenUrl: 'https://smart.test/token' })).to.equal('https://smart.test/token');
  });

  it('puts configure() between the element’s attributes and the page’s meta tags', () => {
    metas.push(addMeta('sip:api', 'https://meta.test/api/v1/'), addMeta('sip:token-url', '/meta-token'));
    configure({ api: 'https://bundled.test/api/v1', tokenUrl: '/app/sip-token' });
    expect(resolveApiBase({})).to.equal('https://bundled.test/api/v1/');
    expect(resolveTokenUrl({})).to.equal(`${location.origin}/app/sip-token`);
    expect(resolveApiBase({ api: 'https://element.test/v1/' })).to.equal('https://element.test/v1/');
    expect(resolveTokenUrl({ tokenUrl: '/element-token' })).to.equal(`${location.origin}/element-token`);
  });

  it('keeps what configure() was not given, and clears a key given as undefined', () => {
    configure({ api: 'https://bundled.test/api/v1/', tokenUrl: '/app/sip-token' });
    configure({ tokenUrl: undefined });
    expect(resolveApiBase({})).to.equal('https://bundled.test/api/v1/');
    expect(resolveTokenUrl({})).to.be.null;
    configure({ api: undefined });
    expect(resolveApiBase({})).to.equal(`${location.origin}/api/v1/`);
  });

  it('refuses a URL that cannot be resolved, when configure() is called', () => {
    expect(() => configure({ api: 'http://[not-a-host/' })).to.throw(TypeError);
    expect(resolveApiBase({})).to.equal(`${location.origin}/api/v1/`);
  });

  it('escapes each path segment', () => {
    expect(endpoint('https://api.test/api/v1/', 'polls', '../admin', 'ballot').href).to.equal(
      'https://api.test/api/v1/polls/..%2Fadmin/ballot',
    );
  });
});
