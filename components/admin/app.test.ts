import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { jsonResponse, problemResponse, textOf } from '../internal/test-helpers.ts';
import type { SipModerationApp } from './admin.ts';
import {
  $,
  ADMIN,
  API,
  type ApiStub,
  all$,
  focused,
  forgetSession,
  MODERATOR,
  mountApp,
  queueItem,
  rememberToken,
  serveApi,
  TOKEN,
} from './test-utils.ts';
import { type AdminView, VIEWS } from './views.ts';

/** The admin API answers 401 to anything but the one valid token. */
const guarded = (handler: () => Response) => (call: { headers: Headers }) =>
  call.headers.get('Authorization') === `Bearer ${TOKEN}`
    ? handler()
    : problemResponse(401, 'admin_unauthorized');

function serveGuarded(): ApiStub {
  return serveApi({
    'GET admin/me': guarded(() => jsonResponse(MODERATOR)),
    'GET admin/contributions': guarded(() => jsonResponse({ items: [queueItem(1)], nextCursor: null })),
  });
}

async function signIn(el: HTMLElement, api: ApiStub, token: string): Promise<void> {
  $<HTMLInputElement>(el, '#token').focus();
  await sendKeys({ type: token });
  await sendKeys({ press: 'Enter' });
  await api.idle();
}

describe('<sip-moderation-app> session', () => {
  let api: ApiStub | undefined;
  afterEach(() => {
    api?.restore();
    forgetSession();
  });

  it('asks for a token when nobody is signed in, then keeps it in sessionStorage and sends it', async () => {
    api = serveGuarded();
    const el = await mountApp(api);
    await expect(el).to.be.accessible();
    // Nobody signed in is an answer, not a refusal: no guarded route is asked before sign-in.
    expect(api.callsTo('GET admin/session')[0].headers.has('Authorization')).to.be.false;
    expect(api.calls.map((call) => call.url.pathname)).to.deep.equal(['/api/v1/admin/session']);
    expect(textOf($(el, '[part="sign-in"] h2'))).to.equal('Connexion');

    await signIn(el, api, TOKEN);
    expect(sessionStorage.getItem('sip-admin-token')).to.equal(TOKEN);
    expect(localStorage.getItem('sip-admin-token')).to.be.null;
    expect(textOf($(el, '.who'))).to.equal('Connecté·e en tant que Camille Dupont (modérateur·rice)');
    const [queueCall] = api.callsTo('GET admin/contributions');
    expect(queueCall.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    expect(queueCall.credentials).to.equal('same-origin');
    // Public lists carry no identity.
    expect(api.callsTo('GET themes')[0].headers.has('Authorization')).to.be.false;
    expect(focused()?.id).to.equal('queue-heading');
    await expect(el).to.be.accessible();
  });

  it('refuses a wrong token without storing it, and says so next to the field', async () => {
    api = serveGuarded();
    const el = await mountApp(api);
    await signIn(el, api, 'not-the-token');
    expect(sessionStorage.getItem('sip-admin-token')).to.be.null;
    expect(textOf($(el, '#token-error'))).to.equal(
      'Ce jeton n’a pas été accepté. Vérifiez-le puis réessayez.',
    );
    expect($(el, '#token').getAttribute('aria-invalid')).to.equal('true');
    expect(focused()?.id).to.equal('token');
    await expect(el).to.be.accessible();
  });

  it('asks for a token before sending an empty one', async () => {
    api = serveGuarded();
    const el = await mountApp(api);
    $<HTMLButtonElement>(el, '[part="sign-in"] button[type="submit"]').click();
    await api.idle();
    expect(api.callsTo('GET admin/me')).to.have.length(0);
    expect(textOf($(el, '#token-error'))).to.equal('Remplissez ce champ.');
  });

  it('goes straight in with a token kept from earlier in this tab', async () => {
    rememberToken();
    api = serveGuarded();
    const el = await mountApp(api);
    expect(api.callsTo('GET admin/session')[0].headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    expect(all$(el, 'sip-moderation-queue')).to.have.length(1);
  });

  it('forgets a stored token the API no longer accepts', async () => {
    rememberToken('revoked');
    api = serveGuarded();
    const el = await mountApp(api);
    expect(sessionStorage.getItem('sip-admin-token')).to.be.null;
    expect(textOf($(el, '[part="sign-in"] [role="status"]'))).to.equal(
      'Votre session a pris fin. Connectez-vous à nouveau.',
    );
  });

  it('signs out: forgets the token and shows the sign-in form with focus in it', async () => {
    rememberToken();
    api = serveGuarded();
    const el = await mountApp(api);
    const signOut = all$<HTMLButtonElement>(el, 'button').find(
      (button) => textOf(button) === 'Se déconnecter',
    );
    signOut?.click();
    await api.idle();
    expect(sessionStorage.getItem('sip-admin-token')).to.be.null;
    expect(focused()?.id).to.equal('token');
    expect(textOf($(el, '[part="sign-in"] [role="status"]'))).to.equal('Vous êtes déconnecté·e.');
  });

  it('returns to the sign-in form when a later request answers 401', async () => {
    rememberToken();
    let revoked = false;
    api = serveApi({
      'GET admin/contributions': () =>
        revoked ? problemResponse(401, 'admin_unauthorized') : jsonResponse({ items: [], nextCursor: null }),
    });
    const el = await mountApp(api);
    revoked = true;
    $<HTMLSelectElement>(el, '#status').value = 'published';
    $<HTMLSelectElement>(el, '#status').dispatchEvent(new Event('change'));
    await api.idle();
    expect(sessionStorage.getItem('sip-admin-token')).to.be.null;
    expect(all$(el, '[part="sign-in"]')).to.have.length(1);
    expect(textOf($(el, '[part="sign-in"] [role="status"]'))).to.equal(
      'Votre session a pris fin. Connectez-vous à nouveau.',
    );
  });

  it('with Cloudflare Access, needs no token: the cookie goes along, and sign-out is Access’s own', async () => {
    api = serveApi({ 'GET admin/me': () => jsonResponse({ ...MODERATOR, role: 'admin', via: 'access' }) });
    const el = await mountApp(api);
    const [session] = api.callsTo('GET admin/session');
    expect(session.headers.has('Authorization')).to.be.false;
    expect(session.credentials).to.equal('same-origin');
    expect(textOf($(el, '.who'))).to.equal('Connecté·e en tant que Camille Dupont (administrateur·rice)');
    expect($<HTMLAnchorElement>(el, 'header a.button').getAttribute('href')).to.equal(
      '/cdn-cgi/access/logout',
    );
    await expect(el).to.be.accessible();
  });

  it('says when the API cannot be reached, and tries again on demand', async () => {
    let down = true;
    api = serveApi({
      'GET admin/me': () =>
        down ? Promise.reject(new TypeError('Failed to fetch')) : jsonResponse(MODERATOR),
    });
    const el = await mountApp(api);
    expect(textOf($(el, '[role="alert"]'))).to.equal(
      'Impossible de joindre le service. Vérifiez votre connexion puis réessayez.',
    );
    await expect(el).to.be.accessible();
    down = false;
    $<HTMLButtonElement>(el, 'main button').click();
    await api.idle();
    expect(all$(el, 'sip-moderation-queue')).to.have.length(1);
  });
});

describe('<sip-moderation-app> navigation', () => {
  let api: ApiStub | undefined;
  afterEach(() => {
    api?.restore();
    forgetSession();
  });

  it('has a banner, a navigation and a main landmark, and moves focus to each view it opens', async () => {
    rememberToken();
    api = serveApi({ 'GET admin/me': () => jsonResponse(ADMIN) });
    const el = await mountApp(api);
    expect(all$(el, 'header')).to.have.length(1);
    const links = all$<HTMLAnchorElement>(el, 'nav a');
    expect(links.map(textOf)).to.deep.equal([
      'File de modération',
      'Recommandations',
      'Journal et exports',
      'Effacement',
      'Événements',
      'Publication annuelle',
    ]);
    expect(links[0].getAttribute('aria-current')).to.equal('page');

    const audit = $<HTMLAnchorElement>(el, 'nav a[href="#audit"]');
    audit.click();
    await api.idle();
    expect(all$(el, 'sip-moderation-audit')).to.have.length(1);
    expect(audit.getAttribute('aria-current')).to.equal('page');
    expect(focused()?.id).to.equal('audit-heading');

    $<HTMLAnchorElement>(el, 'nav a[href="#erasure"]').click();
    await api.idle();
    expect(focused()?.id).to.equal('erasure-heading');
    await expect(el).to.be.accessible();
  });

  it('offers moderators no erasure: it is for admins, even when the address asks for it', async () => {
    rememberToken();
    history.replaceState(null, '', '#erasure');
    api = serveApi();
    const el = await mountApp(api);
    expect(all$(el, 'nav a').map(textOf)).to.deep.equal(['File de modération', 'Journal et exports']);
    expect(all$(el, 'sip-moderation-erasure')).to.have.length(0);
    expect(all$(el, 'sip-moderation-queue')).to.have.length(1);
  });

  it('offers a skip button to the main content', async () => {
    rememberToken();
    api = serveApi();
    const el = await mountApp(api);
    $<HTMLButtonElement>(el, '.skip').click();
    expect(focused()?.id).to.equal('main');
  });

  it('follows prefers-color-scheme and takes the page’s --sip-* tokens', async () => {
    rememberToken();
    api = serveApi();
    const el = await mountApp(api);
    const background = () => getComputedStyle(el).backgroundColor;
    await emulateMedia({ colorScheme: 'light' });
    expect(background()).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(background()).to.equal('rgb(29, 33, 38)');
    await expect(el).to.be.accessible();
    el.style.setProperty('--sip-surface', '#fdf6e3');
    expect(background()).to.equal('rgb(253, 246, 227)');
    await emulateMedia({ colorScheme: 'light' });
  });
});

describe('<sip-moderation-app> views loaded on demand', () => {
  let api: ApiStub | undefined;
  let restoreLoad: (() => void) | undefined;
  afterEach(() => {
    restoreLoad?.();
    restoreLoad = undefined;
    api?.restore();
    forgetSession();
  });

  /** Replaces a view's `load` for one test (the table is shared by the whole page). */
  function replaceLoad(key: string, load: (original: AdminView['load']) => Promise<unknown>): void {
    const view = VIEWS.find((candidate) => candidate.key === key) as { load: AdminView['load'] };
    const original = view.load;
    view.load = () => load(original);
    restoreLoad = () => {
      view.load = original;
    };
  }

  /** Whether this page has fetched the module at `path` (the test server serves the sources as they are). */
  const fetched = (path: string) =>
    performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname === path);

  it('fetches a view’s elements only when the view is first opened; the navigation names it before', async () => {
    // Every module fetch counts; the default buffer (250 entries) may already be full of the page's own.
    performance.setResourceTimingBufferSize(100_000);
    rememberToken();
    api = serveApi({
      'GET admin/me': () => jsonResponse(ADMIN),
      'GET admin/events': () => jsonResponse({ events: [], nextCursor: null }),
    });
    const el = await mountApp(api);
    expect(all$(el, 'sip-moderation-queue')).to.have.length(1);
    expect(textOf($(el, 'nav a[href="#events"]'))).to.equal('Événements');
    expect(customElements.get('sip-moderation-events')).to.be.undefined;
    expect(fetched('/components/admin/events/events.ts')).to.be.false;
    expect(fetched('/components/admin/events/events.component.ts')).to.be.false;

    $<HTMLAnchorElement>(el, 'nav a[href="#events"]').click();
    await api.idle();
    expect(fetched('/components/admin/events/events.ts')).to.be.true;
    expect(customElements.get('sip-moderation-events')).to.not.be.undefined;
    expect(all$(el, 'sip-moderation-events')).to.have.length(1);
    expect(focused()?.id).to.equal('events-heading');
  });

  it('says the view is loading while its elements are fetched', async () => {
    let arrive = () => {};
    replaceLoad('queue', (original) => new Promise<void>((resolve) => (arrive = resolve)).then(original));
    rememberToken();
    api = serveApi();
    const el = await fixture<SipModerationApp>(`<sip-moderation-app api="${API}"></sip-moderation-app>`);
    // Until the view arrives the page is not idle: wait for the sign-in check and the names only.
    await waitUntil(() => all$(el, 'nav a').length > 0, 'the page is signed in');
    expect(textOf($(el, 'main [role="status"]'))).to.equal('Chargement…');
    expect(all$(el, 'sip-moderation-queue')).to.have.length(0);
    expect(all$(el, 'nav a').map(textOf)).to.deep.equal(['File de modération', 'Journal et exports']);
    await expect(el).to.be.accessible();
    arrive();
    await api.idle();
    expect(all$(el, 'main [role="status"]')).to.have.length(0);
    expect(all$(el, 'sip-moderation-queue')).to.have.length(1);
  });

  it('says when a view cannot be loaded, fires sip-error, and loads it again on retry', async () => {
    let attempts = 0;
    replaceLoad('queue', (original) => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : original();
    });
    rememberToken();
    api = serveApi();
    const errors: CustomEvent[] = [];
    const listen = (event: Event) => errors.push(event as CustomEvent);
    document.addEventListener('sip-error', listen);
    try {
      const el = await mountApp(api);
      expect(textOf($(el, 'main [role="alert"]'))).to.equal(
        'Impossible de joindre le service. Vérifiez votre connexion puis réessayez.',
      );
      expect(errors.map((event) => event.detail)).to.deep.equal([{ status: 0, code: 'network_error' }]);
      expect(all$(el, 'sip-moderation-queue')).to.have.length(0);
      await expect(el).to.be.accessible();

      const retry = $<HTMLButtonElement>(el, 'main button');
      expect(textOf(retry)).to.equal('Réessayer');
      retry.click();
      await api.idle();
      expect(attempts).to.equal(2);
      expect(all$(el, 'main [role="alert"]')).to.have.length(0);
      expect(all$(el, 'sip-moderation-queue')).to.have.length(1);
      expect(focused()?.id).to.equal('queue-heading');
    } finally {
      document.removeEventListener('sip-error', listen);
    }
  });

  it('keeps a view that failed to load failing until the moderator retries: opening another view still works', async () => {
    replaceLoad('audit', () => Promise.reject(new Error('broken chunk')));
    rememberToken();
    history.replaceState(null, '', '#audit');
    api = serveApi();
    const el = await mountApp(api);
    // Not a network failure: the generic message.
    expect(textOf($(el, 'main [role="alert"]'))).to.equal(
      'Une erreur est survenue de notre côté. Réessayez dans un moment.',
    );
    $<HTMLAnchorElement>(el, 'nav a[href="#queue"]').click();
    await api.idle();
    expect(all$(el, 'sip-moderation-queue')).to.have.length(1);
  });
});
