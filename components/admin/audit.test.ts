import { expect } from '@open-wc/testing';
import { jsonResponse, problemResponse, textOf } from '../internal/test-helpers.ts';
import {
  $,
  ADMIN,
  type ApiStub,
  all$,
  auditEntry,
  forgetSession,
  mountApp,
  rememberToken,
  serveApi,
  TOKEN,
} from './test-utils.ts';

const CSV = 'id,contribution,actor,action\n1,c1,Camille Dupont,publish\n';

interface Download {
  name: string;
  text: string;
}

/** Catches what the page hands the browser to download, instead of downloading it. */
function catchDownloads(): { downloads: Promise<Download>[]; restore(): void } {
  const click = HTMLAnchorElement.prototype.click;
  const createObjectURL = URL.createObjectURL;
  const blobs = new Map<string, Blob>();
  const downloads: Promise<Download>[] = [];
  URL.createObjectURL = (blob: Blob) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) return click.call(this);
    downloads.push(blob.text().then((text) => ({ name: this.download, text })));
  };
  return {
    downloads,
    restore() {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = createObjectURL;
    },
  };
}

function openLog(el: HTMLElement, api: ApiStub): Promise<void> {
  $<HTMLAnchorElement>(el, 'nav a[href="#audit"]').click();
  return api.idle();
}

describe('<sip-moderation-audit>', () => {
  let api: ApiStub | undefined;
  let catcher: ReturnType<typeof catchDownloads> | undefined;
  beforeEach(() => rememberToken());
  const asAdmin = { 'GET admin/me': () => jsonResponse(ADMIN) };
  afterEach(() => {
    api?.restore();
    catcher?.restore();
    forgetSession();
  });

  it('lists recent decisions newest first, translated, and loads more with the cursor', async () => {
    api = serveApi({
      'GET admin/audit': (call) =>
        jsonResponse(
          call.url.searchParams.get('cursor')
            ? { entries: [auditEntry(1, { item: 'c0' })], nextCursor: null }
            : {
                entries: [
                  auditEntry(2, { action: 'reject', to: 'rejected', reasonCode: 'spam', note: 'Publicité' }),
                  auditEntry(3, { action: 'hide', from: 'published', to: 'hidden' }),
                ],
                nextCursor: 'older',
              },
        ),
    });
    const el = await mountApp(api);
    await openLog(el, api);
    const lines = all$(el, 'tbody tr').map(textOf);
    expect(lines).to.have.length(2);
    expect(lines[0]).to.include('Masquage').and.include('Publiée → Masquée');
    expect(lines[1]).to.include('Refus').and.include('Spam').and.include('Publicité');
    expect(textOf($(el, 'caption'))).to.equal('Décisions récentes, les plus récentes d’abord');
    await expect(el).to.be.accessible();

    all$<HTMLButtonElement>(el, 'button')
      .find((button) => textOf(button) === 'Afficher la suite')
      ?.click();
    await api.idle();
    expect(api.callsTo('GET admin/audit')[1].url.searchParams.get('cursor')).to.equal('older');
    expect(all$(el, 'tbody tr').map(textOf)[2]).to.include('c0');
  });

  it('downloads the log as CSV with the bearer token', async () => {
    catcher = catchDownloads();
    api = serveApi({
      ...asAdmin,
      'GET admin/audit/export.csv': () =>
        new Response(CSV, {
          headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="audit.csv"' },
        }),
    });
    const el = await mountApp(api);
    await openLog(el, api);
    $<HTMLButtonElement>(el, '[data-export="audit/export.csv"]').click();
    await api.idle();
    const [call] = api.callsTo('GET admin/audit/export.csv');
    expect(call.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    expect(call.headers.get('Accept')).to.include('text/csv');
    expect(await catcher.downloads[0]).to.deep.equal({ name: 'audit.csv', text: CSV });
    expect(textOf($(el, 'sip-moderation-audit').shadowRoot?.querySelector('[part="status"]'))).to.equal(
      'Le fichier est téléchargé.',
    );
  });

  it('exports the published contributions of one theme, or of all', async () => {
    catcher = catchDownloads();
    api = serveApi({
      ...asAdmin,
      'GET admin/contributions/export.csv': () =>
        new Response('id,title\n', { headers: { 'Content-Type': 'text/csv' } }),
    });
    const el = await mountApp(api);
    await openLog(el, api);
    const button = $<HTMLButtonElement>(el, '[data-export="contributions/export.csv"]');
    expect(textOf(button)).to.equal('Exporter les contributions publiées (CSV)');
    button.click();
    await api.idle();
    const select = $<HTMLSelectElement>(el, '#export-theme');
    select.value = 'outils-communs';
    select.dispatchEvent(new Event('change'));
    await api.idle();
    $<HTMLButtonElement>(el, '[data-export="contributions/export.csv"]').click();
    await api.idle();
    const calls = api.callsTo('GET admin/contributions/export.csv');
    expect(calls.map((call) => call.url.search)).to.deep.equal(['', '?theme=outils-communs']);
    expect(calls.every((call) => call.headers.get('Authorization') === `Bearer ${TOKEN}`)).to.be.true;
    const names = await Promise.all(catcher.downloads.map(async (download) => (await download).name));
    expect(names[0]).to.match(/^contributions-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(names[1]).to.match(/^contributions-outils-communs-/);
  });

  it('says why an export failed, translated', async () => {
    catcher = catchDownloads();
    api = serveApi({
      ...asAdmin,
      'GET admin/audit/export.csv': () => problemResponse(403, 'admin_forbidden'),
    });
    const el = await mountApp(api);
    await openLog(el, api);
    $<HTMLButtonElement>(el, '[data-export="audit/export.csv"]').click();
    await api.idle();
    expect(catcher.downloads).to.have.length(0);
    expect(textOf($(el, 'sip-moderation-audit').shadowRoot?.querySelector('[role="alert"]'))).to.equal(
      'Votre rôle ne permet pas cette action.',
    );
  });

  it('with Cloudflare Access, exports are plain links (the session cookie goes along)', async () => {
    sessionStorage.clear();
    api = serveApi({ 'GET admin/me': () => jsonResponse({ ...ADMIN, via: 'access' }) });
    const el = await mountApp(api);
    await openLog(el, api);
    const links = all$<HTMLAnchorElement>(el, '[part="exports"] a[download]');
    expect(links.map((link) => link.href)).to.deep.equal([
      'https://api.test/api/v1/admin/audit/export.csv',
      'https://api.test/api/v1/admin/contributions/export.csv',
    ]);
    await expect(el).to.be.accessible();
  });

  it('offers moderators no export: they are for admins', async () => {
    api = serveApi();
    const el = await mountApp(api);
    await openLog(el, api);
    expect(all$(el, '[part="exports"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('names each kind of item’s actions and states from the dictionaries, in the page’s language', async () => {
    api = serveApi({
      'GET admin/audit': () =>
        jsonResponse({
          entries: [
            auditEntry(7, { kind: 'publication', item: '2026', action: 'publish', from: '1', to: '2' }),
            auditEntry(6, {
              kind: 'recommendation',
              item: 'outils-libres',
              action: 'submit',
              from: 'draft',
              to: 'submitted',
            }),
            auditEntry(5, {
              kind: 'recommendation',
              item: 'outils-libres',
              action: 'create',
              from: 'draft',
              to: 'draft',
            }),
            auditEntry(4, {
              kind: 'event',
              item: 'atelier-bxl',
              action: 'cancel',
              from: 'scheduled',
              to: 'cancelled',
            }),
            auditEntry(3, {
              kind: 'event',
              item: 'atelier-bxl',
              action: 'erase',
              from: 'waitlisted',
              to: 'waitlisted',
            }),
            auditEntry(2, { action: 'publish' }),
            // One that no dictionary knows yet (a newer API's) is shown as the API wrote it.
            auditEntry(1, {
              kind: 'event',
              item: 'atelier-bxl',
              action: 'archive',
              from: 'scheduled',
              to: 'archived',
            }),
          ],
          nextCursor: null,
        }),
    });
    const el = await mountApp(api);
    await openLog(el, api);
    const cells = () =>
      all$(el, 'tbody tr').map((row) => [...row.querySelectorAll('td')].slice(3, 5).map(textOf).join(' | '));
    expect(cells()).to.deep.equal([
      'Publication d’une édition | 1 → 2',
      'Soumission au conseil | Brouillon → Soumise au conseil',
      'Création | Brouillon → Brouillon',
      'Annulation | Programmé → Annulé',
      'Effacement d’une inscription | En liste d’attente → En liste d’attente',
      'Publication | En attente → Publiée',
      'archive | Programmé → archived',
    ]);
    await expect(el).to.be.accessible();

    for (const [language, expected] of Object.entries({
      nl: [
        'Publicatie van een editie | 1 → 2',
        'Voorgelegd aan de raad | Ontwerp → Voorgelegd aan de raad',
        'Aangemaakt | Ontwerp → Ontwerp',
        'Geannuleerd | Gepland → Geannuleerd',
        'Inschrijving gewist | Op de wachtlijst → Op de wachtlijst',
        'Publicatie | Wachtend → Gepubliceerd',
        'archive | Gepland → archived',
      ],
      en: [
        'Edition published | 1 → 2',
        'Submitted to the board | Draft → Submitted to the board',
        'Created | Draft → Draft',
        'Cancelled | Scheduled → Cancelled',
        'Registration erased | On the waiting list → On the waiting list',
        'Published | Pending → Published',
        'archive | Scheduled → archived',
      ],
    })) {
      const picker = $<HTMLSelectElement>(el, '.language select');
      picker.value = language;
      picker.dispatchEvent(new Event('change'));
      await api.idle();
      await $<HTMLElement & { updateComplete: Promise<boolean> }>(el, 'sip-moderation-audit').updateComplete;
      expect(cells(), language).to.deep.equal(expected);
    }
    localStorage.removeItem('sip-admin-language');
    el.removeAttribute('lang');
  });

  it('says when the log is empty', async () => {
    api = serveApi();
    const el = await mountApp(api);
    await openLog(el, api);
    expect(textOf($(el, 'sip-moderation-audit').shadowRoot)).to.include('Le journal est vide.');
  });
});
