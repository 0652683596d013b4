import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { TokenClaims } from '../../schema/identity.ts';
import {
  ANONYMOUS,
  anonymousId,
  decodeClaims,
  type Identity,
  refreshDelay,
  tokenSource,
} from './identity.ts';
import { type FetchStub, fakeToken, jsonResponse, memberClaims, stubFetch } from './test-helpers.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let urls = 0;
/** Sources are shared per URL for the life of the page: each test gets its own. */
const freshUrl = () => `https://smart.test/session/token?test=${++urls}`;

describe('identity', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  describe('tokens', () => {
    it('decodes the claims of a base64url JWT, accents included', () => {
      const claims = decodeClaims(fakeToken(memberClaims({ name: 'Aïcha Diallo' })));
      expect(claims).to.include({ sub: 'person-42', name: 'Aïcha Diallo', member: true });
      expect(claims?.roles).to.deep.equal(['member', 'freelancer']);
      expect(decodeClaims('not-a-jwt')).to.be.null;
    });

    it('reads claims as the shared TokenClaims schema does, defaults included', () => {
      const payloads: Record<string, unknown>[] = [
        memberClaims(),
        memberClaims({ aud: ['sip', 'other'], name: undefined, roles: undefined, member: undefined }),
        memberClaims({ iss: '' }),
        memberClaims({ iss: 'x'.repeat(65) }),
        memberClaims({ sub: 42 }),
        memberClaims({ aud: [1] }),
        memberClaims({ name: 'x'.repeat(201) }),
        memberClaims({ roles: ['member', 'king'] }),
        memberClaims({ roles: 'member' }),
        memberClaims({ member: 'yes' }),
        memberClaims({ exp: '1700000000' }),
        memberClaims({ iat: undefined }),
      ];
      for (const payload of payloads) {
        const parsed = v.safeParse(TokenClaims, JSON.parse(JSON.stringify(payload)));
        expect(decodeClaims(fakeToken(payload)), JSON.stringify(payload)).to.deep.equal(
          parsed.success ? parsed.output : null,
        );
      }
      expect(decodeClaims('a.bnVsbA.c')).to.be.null; // a `null` payload
    });

    it('fetches the token-url with the host’s cookies, once per URL', async () => {
      const token = fakeToken(memberClaims());
      stub = stubFetch(() => jsonResponse({ token }));
      const url = freshUrl();
      const identity = await tokenSource(url).ready;
      await tokenSource(url).ready;
      expect(stub.calls).to.have.length(1);
      expect(stub.calls[0].credentials).to.equal('include');
      expect(identity.token).to.equal(token);
      expect(identity.claims?.name).to.equal('Aïcha Diallo');
    });

    it('is anonymous when the host answers null or cannot be reached', async () => {
      stub = stubFetch(() => jsonResponse({ token: null }));
      expect(await tokenSource(freshUrl()).ready).to.equal(ANONYMOUS);
      stub.restore();
      stub = stubFetch(() => new Response('down', { status: 503 }));
      expect(await tokenSource(freshUrl()).ready).to.equal(ANONYMOUS);
    });

    it('refreshes a minute before exp, but never in a tight loop', () => {
      const now = Date.UTC(2026, 2, 1);
      expect(refreshDelay(now / 1000 + 3600, now)).to.equal(3540_000);
      expect(refreshDelay(now / 1000 + 30, now)).to.equal(5_000);
      expect(refreshDelay(now / 1000 + 10 ** 9, now)).to.equal(2 ** 31 - 1);
    });

    it('schedules the refresh and tells subscribers when the token changes', async () => {
      let issued = 0;
      stub = stubFetch(() => jsonResponse({ token: fakeToken(memberClaims({ iat: ++issued })) }));
      const scheduled: { handler: () => void; delay: number }[] = [];
      const realSetTimeout = window.setTimeout;
      window.setTimeout = ((handler: () => void, delay: number) => {
        scheduled.push({ handler, delay });
        return 0;
      }) as typeof window.setTimeout;
      const source = tokenSource(freshUrl());
      try {
        await source.ready;
      } finally {
        window.setTimeout = realSetTimeout;
      }
      expect(scheduled).to.have.length(1);
      expect(scheduled[0].delay).to.be.closeTo(3540_000, 2_000);

      const changes: [Identity, Identity][] = [];
      source.subscribe((next, previous) => changes.push([next, previous]));
      const first = source.current;
      scheduled[0].handler();
      await new Promise<void>((resolve) => source.subscribe(() => resolve()));
      expect(stub.calls).to.have.length(2);
      expect(changes).to.have.length(1);
      expect(changes[0][1]).to.equal(first);
      expect(changes[0][0].token).to.not.equal(first.token);
    });
  });

  describe('anonymous id', () => {
    const KEY = 'sip:participant';
    afterEach(() => localStorage.removeItem(KEY));

    it('is a UUID v4 kept in localStorage across calls', () => {
      localStorage.removeItem(KEY);
      const id = anonymousId();
      expect(id).to.match(UUID_V4);
      expect(localStorage.getItem(KEY)).to.equal(id);
      expect(anonymousId()).to.equal(id);
    });

    it('replaces a stored value that is not a UUID', () => {
      localStorage.setItem(KEY, 'tampered');
      expect(anonymousId()).to.match(UUID_V4);
    });

    it('stays stable in memory when storage is blocked', () => {
      const getItem = Storage.prototype.getItem;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      try {
        const id = anonymousId();
        expect(id).to.match(UUID_V4);
        expect(anonymousId()).to.equal(id);
      } finally {
        Storage.prototype.getItem = getItem;
      }
    });
  });
});
