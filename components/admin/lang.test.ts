/**
 * The page in French, Dutch and English. A file of its own: each test file
 * runs in a fresh page, so nothing has fetched Dutch or English yet.
 */
import { expect } from '@open-wc/testing';
import { LANGUAGES, ROLES } from '../../schema/common.ts';
import { CONTRIBUTION_STATUSES, REPORT_REASONS } from '../../schema/contributions.ts';
import { EVENT_STATUSES, REGISTRATION_STATUSES } from '../../schema/events.ts';
import {
  ADMIN_ROLES,
  CONTRIBUTION_AUDIT_ACTIONS,
  DECISIONS,
  REJECTION_REASONS,
} from '../../schema/moderation.ts';
import { expectSameKeys } from '../internal/dictionary-checks.ts';
import { jsonResponse, textOf } from '../internal/test-helpers.ts';
import {
  $,
  type ApiStub,
  all$,
  forgetSession,
  mountApp,
  queueItem,
  rememberToken,
  serveApi,
} from './test-utils.ts';
import { adminDictionaries, errorMessage } from './translations/dictionaries.ts';
import { en } from './translations/en.ts';
import { fr } from './translations/fr.ts';
import { nl } from './translations/nl.ts';
import {
  ADMIN_ERROR_CODES,
  EVENT_AUDIT_ACTIONS,
  PUBLICATION_AUDIT_ACTIONS,
} from './translations/translation.ts';

const translations = { fr, nl, en };

const sorted = (list: readonly string[]) => [...list].sort();

describe('moderation dictionaries', () => {
  it('fr, nl and en define exactly the same keys', () => expectSameKeys(translations, 'moderation'));

  it('name every status, role, reason, decision and audit action of the contract', () => {
    const actions = CONTRIBUTION_AUDIT_ACTIONS;
    for (const language of LANGUAGES) {
      const t = translations[language];
      expect(sorted(Object.keys(t.statuses)), language).to.deep.equal(sorted(CONTRIBUTION_STATUSES));
      expect(sorted(Object.keys(t.roles)), language).to.deep.equal(sorted(ROLES));
      expect(sorted(Object.keys(t.reportReasons)), language).to.deep.equal(sorted(REPORT_REASONS));
      expect(sorted(Object.keys(t.rejectionReasons)), language).to.deep.equal(sorted(REJECTION_REASONS));
      expect(sorted(Object.keys(t.decisions)), language).to.deep.equal(sorted(DECISIONS));
      expect(sorted(Object.keys(t.decided)), language).to.deep.equal(sorted(DECISIONS));
      expect(sorted(Object.keys(t.auditActions)), language).to.deep.equal(sorted(actions));
      expect(sorted(Object.keys(t.audit.event.actions)), language).to.deep.equal(sorted(EVENT_AUDIT_ACTIONS));
      expect(sorted(Object.keys(t.audit.publication.actions)), language).to.deep.equal(
        sorted(PUBLICATION_AUDIT_ACTIONS),
      );
      expect(sorted(Object.keys(t.audit.event.statuses)), language).to.deep.equal(
        sorted([...new Set([...EVENT_STATUSES, ...REGISTRATION_STATUSES])]),
      );
      expect(sorted(Object.keys(t.adminRoles)), language).to.deep.equal(sorted(ADMIN_ROLES));
      for (const code of ADMIN_ERROR_CODES)
        expect(t.errors[code], `${language} ${code}`).to.be.a('string').and.not.empty;
    }
  });

  it('count with each language’s plural rules', () => {
    expect([0, 1, 2].map(fr.queue.reports)).to.deep.equal([
      '0 signalement',
      '1 signalement',
      '2 signalements',
    ]);
    expect([0, 1, 2].map(nl.queue.reports)).to.deep.equal(['0 meldingen', '1 melding', '2 meldingen']);
    expect([0, 1, 2].map(en.queue.reports)).to.deep.equal(['0 reports', '1 report', '2 reports']);
    expect(fr.erasure.done(0)).to.equal('Effacement fait\u00a0: 0 contribution concernée.');
  });

  it('fall back to the generic message for codes the page does not know', () => {
    expect(errorMessage(en, 'shiny_new_code')).to.equal(en.errors.internal_error);
    expect(errorMessage(nl, 'admin_forbidden')).to.equal('Je rol laat deze actie niet toe.');
  });
});

describe('<sip-moderation-app> languages', () => {
  let api: ApiStub | undefined;
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => {
    rememberToken();
    document.documentElement.removeAttribute('lang');
    api = serveApi({
      'GET admin/contributions': () =>
        jsonResponse({
          items: [queueItem(1, { status: 'reported', territory: 'be-bru' })],
          nextCursor: null,
        }),
    });
  });
  afterEach(() => {
    api?.restore();
    forgetSession();
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  });

  it('speaks French by default, without fetching another dictionary', async () => {
    const el = await mountApp(api as ApiStub);
    expect(textOf($(el, 'h1'))).to.equal('Modération — Smart in Progress');
    expect(adminDictionaries.loaded('nl') === undefined && adminDictionaries.loaded('en') === undefined).to.be
      .true;
  });

  it('the language picker switches the whole page to Dutch and remembers the choice', async () => {
    const el = await mountApp(api as ApiStub);
    const picker = $<HTMLSelectElement>(el, '.language select');
    expect(all$<HTMLOptionElement>(el, '.language option').map(textOf)).to.deep.equal([
      'Français',
      'Nederlands',
      'English',
    ]);
    picker.value = 'nl';
    picker.dispatchEvent(new Event('change'));
    await (api as ApiStub).idle();
    expect(el.getAttribute('lang')).to.equal('nl');
    expect(localStorage.getItem('sip-admin-language')).to.equal('nl');
    expect(textOf($(el, 'h1'))).to.equal('Moderatie — Smart in Progress');
    expect(textOf($(el, '.who'))).to.equal('Aangemeld als Camille Dupont (moderator)');
    $<HTMLButtonElement>(el, '[data-id="c1"]').click();
    await (api as ApiStub).idle();
    const detail = textOf($(el, 'sip-moderation-detail').shadowRoot);
    expect(detail)
      .to.include('Gemeld')
      .and.include('Brussel')
      .and.include('Een coöperatie zijn: voor wie en met wie?');
    expect(all$(el, '[part="actions"] button').map(textOf)).to.deep.equal([
      'Publiceren',
      'Weigeren',
      'Verbergen',
    ]);
    await expect(el).to.be.accessible();

    el.remove();
    const again = await mountApp(api as ApiStub);
    expect(again.getAttribute('lang')).to.equal('nl');
  });

  it('follows the page’s language: English', async () => {
    document.documentElement.lang = 'en-GB';
    const el = await mountApp(api as ApiStub);
    expect(textOf($(el, 'h1'))).to.equal('Moderation — Smart in Progress');
    expect(textOf($(el, '[part="item"]')))
      .to.include('Reported')
      .and.include('0 reports');
    expect(all$<HTMLOptionElement>(el, '#status option').map(textOf)[0]).to.equal(
      'To review (pending and reported)',
    );
    await expect(el).to.be.accessible();
  });
});
