import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as v from 'valibot';
import { ROLES } from '../../schema/common.ts';
import { ContributionReceipt } from '../../schema/contributions.ts';
import { ThemeEntry } from '../../schema/themes.ts';
import { themeEntries } from '../internal/catalog-fixtures.ts';
import {
  deferred,
  type FetchStub,
  fakeToken,
  memberClaims,
  problemResponse,
  stubFetch,
  textOf,
  whenSettled,
} from '../internal/test-helpers.ts';
import type { SipContributionForm } from './contribution-form.ts';
import { type FormApi, RECEIPT, stubFormApi } from './test-utils.ts';
import './contribution-form.ts';
import { fill, TEXT } from './test-utils.ts';

const API = 'https://api.test/api/v1/';

function mount(attributes = 'theme="pour-qui-avec-qui"') {
  return whenSettled(() =>
    fixture<SipContributionForm>(
      `<sip-contribution-form api="${API}" ${attributes}></sip-contribution-form>`,
    ),
  );
}

const $ = <E extends Element = HTMLElement>(el: SipContributionForm, selector: string) =>
  el.shadowRoot?.querySelector<E>(selector) ?? null;
const $$ = <E extends Element = HTMLElement>(el: SipContributionForm, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];
/** Another person signs in (or out, with undefined): the form reloads with their identity. */
async function reloadAs(el: SipContributionForm, token: string | undefined): Promise<void> {
  const loaded = oneEvent(el, 'sip-load');
  el.token = token;
  await loaded;
  await el.updateComplete;
}

const optionTexts = (select: HTMLSelectElement | null) => [...(select?.options ?? [])].map(textOf);

describe('<sip-contribution-form>', () => {
  let stub: FetchStub | undefined;
  const serve = (api: FormApi = {}) => {
    stub = stubFormApi(api);
    return stub;
  };
  beforeEach(() => localStorage.clear());
  afterEach(() => stub?.restore());

  it('builds its fixtures to the schemas', () => {
    for (const theme of themeEntries()) expect(v.is(ThemeEntry, theme)).to.be.true;
    expect(v.is(ContributionReceipt, RECEIPT)).to.be.true;
  });

  describe('states', () => {
    it('announces loading while themes and territories are fetched', async () => {
      const answer = deferred<Response>();
      stub = stubFetch(() => answer.promise);
      const el = await fixture<SipContributionForm>(
        html`<sip-contribution-form theme="pour-qui-avec-qui" api=${API}></sip-contribution-form>`,
      );
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[role="status"]'))).to.equal('Chargement…');
      answer.resolve(problemResponse(503, 'internal_error'));
      await oneEvent(el, 'sip-error');
    });

    it('shows the theme and every field, labelled, with the consent and its privacy link', async () => {
      const calls = serve();
      const loaded = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('sip-load', (event) => resolve(event), { once: true }),
      );
      const el = await mount('theme="pour-qui-avec-qui" privacy-url="https://smartbe.be/vie-privee"');
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[part="theme"]'))).to.equal('Être une coopérative : pour qui et avec qui ?');
      const labels = $$(el, 'label').map(textOf);
      expect(labels).to.include.members([
        'Titre',
        'Votre contribution',
        'Vous participez en tant que',
        'Territoire',
        'Nom affiché',
        'Publier anonymement',
        'Adresse e-mail (facultatif)',
      ]);
      const link = $<HTMLAnchorElement>(el, '[part="privacy-link"]');
      expect(link?.href).to.equal('https://smartbe.be/vie-privee');
      expect(link?.closest('label')?.htmlFor).to.equal('consent');
      expect(textOf(link)).to.equal('Politique de confidentialité (s’ouvre dans un nouvel onglet)');
      expect(textOf($(el, '#email-hint'))).to.include('jamais affichée publiquement');
      expect($(el, '#theme')).to.be.null;
      const { detail } = await loaded;
      expect(detail.themes).to.have.length(4);
      expect(detail.territories).to.have.length(7);
      expect(calls.calls.map((call) => call.url.pathname)).to.have.members([
        '/api/v1/themes',
        '/api/v1/territories',
      ]);
      // Public reads carry no identity, so they stay simple requests without a preflight.
      expect(calls.calls.every((call) => !call.headers.has('Sip-Participant'))).to.be.true;
    });

    it('still asks for consent without a privacy-url, and ignores a non-http one', async () => {
      serve();
      const el = await mount('theme="pour-qui-avec-qui" privacy-url="javascript:alert(1)"');
      expect(textOf($(el, 'label[for="consent"]'))).to.match(/^J’accepte que ma contribution soit publiée/);
      expect($(el, '[part="privacy-link"]')).to.be.null;
    });

    it('keeps the honeypot out of sight, of the tab order and of assistive technologies', async () => {
      serve();
      const el = await mount();
      const input = $<HTMLInputElement>(el, 'input[name="website"]');
      expect(input?.tabIndex).to.equal(-1);
      expect(input?.autocomplete).to.equal('off');
      expect(input?.closest('[aria-hidden="true"]')).to.exist;
      const box = input?.getBoundingClientRect();
      expect((box?.right ?? 0) <= 0, 'off screen').to.be.true;
    });

    it('an unknown theme is explained, and a failed load can be retried', async () => {
      serve();
      const el = await mount('theme="inconnu"');
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[role="alert"]'))).to.equal('Ce thème est introuvable.');
      expect($(el, 'form')).to.be.null;
    });

    it('a failed load fires sip-error and offers to try again', async () => {
      stub = stubFetch(() => problemResponse(503, 'internal_error'));
      const errors: CustomEvent[] = [];
      document.addEventListener('sip-error', (event) => errors.push(event), { once: true });
      const el = await mount();
      await expect(el).to.be.accessible();
      expect(errors[0].detail).to.deep.equal({ status: 503, code: 'internal_error' });
      expect(textOf($(el, '[role="alert"]'))).to.equal(
        'Une erreur est survenue de notre côté. Réessayez dans un moment.',
      );
      stub.restore();
      serve();
      const loaded = oneEvent(el, 'sip-load');
      $<HTMLButtonElement>(el, 'button')?.click();
      await loaded;
      await el.updateComplete;
      expect($(el, 'form')).to.exist;
    });
  });

  describe('selects', () => {
    it('a theme picker lists the themes in order, in the page language, when no theme is set', async () => {
      serve();
      const el = await mount('');
      await expect(el).to.be.accessible();
      const picker = $<HTMLSelectElement>(el, 'select#theme');
      expect(optionTexts(picker)).to.deep.equal([
        'Choisissez…',
        'Être une coopérative : pour qui et avec qui ?',
        'Mutualiste, redistributif, solidaire : un modèle économique viable ?',
        'Créer et développer son activité : comment ? Avec quels outils ?',
        'Une entreprise partagée et participative, est-ce bien réaliste ?',
      ]);
      expect(textOf($(el, 'label[for="theme"]'))).to.equal('Thème');
    });

    it('the picker shows why a chosen theme is closed to the visitor, in place of the fields', async () => {
      serve();
      const el = await mount('');
      const picker = $<HTMLSelectElement>(el, 'select#theme');
      picker?.focus();
      if (picker) picker.value = 'modele-economique';
      picker?.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(textOf($(el, '[part="message"]'))).to.equal(
        'Connectez-vous sur le site pour contribuer à ce thème.',
      );
      expect($(el, '#title')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('groups territories by Belgium, France and the rest, named in the page language', async () => {
      serve();
      const el = await mount();
      const groups = $$<HTMLOptGroupElement>(el, 'select#territory optgroup');
      expect(groups.map((group) => group.label)).to.deep.equal([
        'Belgique',
        'France',
        'En ligne et ailleurs',
      ]);
      expect(groups.map((group) => [...group.children].map(textOf))).to.deep.equal([
        ['Bruxelles-Capitale', 'Wallonie', 'Flandre'],
        ['Bretagne', 'Occitanie'],
        ['En ligne', 'Autre'],
      ]);
    });

    it('offers every stakeholder role to a visitor, who declares it', async () => {
      serve();
      const el = await mount();
      const role = $<HTMLSelectElement>(el, 'select#role');
      expect([...(role?.options ?? [])].map((option) => option.value)).to.deep.equal(['', ...ROLES]);
      expect(role?.value).to.equal('');
      expect($<HTMLInputElement>(el, '#displayName')?.readOnly).to.be.false;
    });

    it('a signed-in person writes under their site’s name (read-only) and one of its roles', async () => {
      serve();
      const token = fakeToken(memberClaims({ roles: ['staff', 'member'] }));
      const el = await mount(`theme="pour-qui-avec-qui" token="${token}"`);
      const role = $<HTMLSelectElement>(el, 'select#role');
      expect([...(role?.options ?? [])].map((option) => option.value)).to.deep.equal(['', 'member', 'staff']);
      expect(role?.value).to.equal('staff');
      const name = $<HTMLInputElement>(el, '#displayName');
      expect(name?.value).to.equal('Aïcha Diallo');
      expect(name?.readOnly).to.be.true;
      expect(textOf($(el, '#displayName-hint'))).to.match(/compte sur le site/);
      await expect(el).to.be.accessible();
    });

    it('a site that gives no name: the person publishes anonymously, and is told so', async () => {
      const api = serve();
      const token = fakeToken(memberClaims({ name: undefined, roles: ['freelancer'] }));
      const el = await mount(`theme="pour-qui-avec-qui" token="${token}"`);
      expect($(el, '#displayName')).to.be.null;
      expect($(el, '#anonymous')).to.be.null;
      expect(textOf($(el, '#anonymous-only'))).to.match(/anonymement/);
      await fill(el, 'title', 'Ouvrir la coopérative');
      await fill(el, 'text', TEXT);
      await fill(el, 'territory', 'wallonie');
      $<HTMLInputElement>(el, '#consent')?.click();
      await el.updateComplete;
      const accepted = oneEvent(el, 'sip-submit');
      $<HTMLButtonElement>(el, '[part="submit"]')?.click();
      await accepted;
      const post = api.calls.find((call) => call.method === 'POST');
      expect(post?.body).to.include({ role: 'freelancer', anonymous: true });
      expect(post?.body).not.to.have.property('displayName');
    });

    it('switching person, or signing out, replaces the name and role it had filled in', async () => {
      serve();
      const amelie = fakeToken(memberClaims({ sub: 'amelie', name: 'Amélie Dubois', roles: ['freelancer'] }));
      const chloe = fakeToken(
        memberClaims({ sub: 'chloe', name: 'Chloé Martin', roles: ['staff', 'member'] }),
      );
      const el = await mount(`theme="pour-qui-avec-qui" token="${amelie}"`);
      expect($<HTMLSelectElement>(el, '#role')?.value).to.equal('freelancer');
      await reloadAs(el, chloe);
      expect($<HTMLInputElement>(el, '#displayName')?.value).to.equal('Chloé Martin');
      expect($<HTMLSelectElement>(el, '#role')?.value).to.equal('staff');
      await reloadAs(el, undefined);
      expect($<HTMLInputElement>(el, '#displayName')?.value).to.equal('');
      expect($<HTMLInputElement>(el, '#displayName')?.readOnly).to.be.false;
      expect($<HTMLSelectElement>(el, '#role')?.value).to.equal('');
    });

    it('a name typed by a visitor is theirs: signing in shows the site’s, signing out gives it back', async () => {
      serve();
      const el = await mount();
      await fill(el, 'displayName', 'Sam');
      await reloadAs(el, fakeToken(memberClaims()));
      expect($<HTMLInputElement>(el, '#displayName')?.value).to.equal('Aïcha Diallo');
      await reloadAs(el, undefined);
      expect($<HTMLInputElement>(el, '#displayName')?.value).to.equal('Sam');
    });

    it('publishing anonymously hides the display name, with the keyboard', async () => {
      serve();
      const el = await mount();
      $<HTMLInputElement>(el, '#anonymous')?.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect($(el, '#displayName')).to.be.null;
      expect(el.shadowRoot?.activeElement?.id).to.equal('anonymous');
    });
  });

  describe('audience', () => {
    it('anonymous visitors on a participants’ theme are asked to sign in, without a form', async () => {
      serve();
      const el = await mount('theme="modele-economique"');
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[part="message"]'))).to.equal(
        'Connectez-vous sur le site pour contribuer à ce thème.',
      );
      expect($(el, 'form')).to.be.null;
    });

    it('anonymous visitors on a members’ theme are told it needs a member account', async () => {
      serve();
      const el = await mount('theme="entreprise-partagee"');
      expect(textOf($(el, '[part="message"]'))).to.equal(
        'Seuls les sociétaires peuvent contribuer à ce thème. Connectez-vous sur le site avec un compte de sociétaire.',
      );
      expect($(el, 'form')).to.be.null;
    });

    it('signed-in non-members may not write on a members’ theme', async () => {
      serve();
      const token = fakeToken(memberClaims({ member: false, roles: ['client'] }));
      const el = await mount(`theme="entreprise-partagee" token="${token}"`);
      expect(textOf($(el, '[part="message"]'))).to.match(/^Seuls les sociétaires/);
      expect($(el, 'form')).to.be.null;
    });

    it('members may, and learn that their text is published at once on a post-moderated theme', async () => {
      serve();
      const token = fakeToken(memberClaims());
      const el = await mount(`theme="entreprise-partagee" token="${token}"`);
      await expect(el).to.be.accessible();
      expect($(el, 'form')).to.exist;
      expect(textOf(el.shadowRoot)).to.include(
        'En tant que sociétaire, votre contribution sera publiée tout de suite',
      );
    });

    it('signed-in participants may write on a participants’ theme, moderated first', async () => {
      serve();
      const token = fakeToken(memberClaims({ member: false, roles: ['freelancer'] }));
      const el = await mount(`theme="modele-economique" token="${token}"`);
      expect($(el, 'form')).to.exist;
      expect(textOf(el.shadowRoot)).to.include(
        'Les contributions sont relues par l’équipe de modération avant publication.',
      );
    });
  });
});
