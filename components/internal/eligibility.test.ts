import { expect } from '@open-wc/testing';
import { AUDIENCES } from '../../schema/common.ts';
import { barrierFor } from './eligibility.ts';
import { ANONYMOUS, identityFromToken } from './identity.ts';
import { fakeToken, memberClaims } from './test-helpers.ts';

const member = identityFromToken(fakeToken(memberClaims()));
const participant = identityFromToken(fakeToken(memberClaims({ member: false, roles: ['freelancer'] })));

describe('barrierFor', () => {
  it('lets everyone take part in a public item', () => {
    for (const identity of [ANONYMOUS, participant, member])
      expect(barrierFor('public', identity)).to.be.undefined;
  });

  it('asks an anonymous visitor to sign in for participants, and for a member account for members', () => {
    expect(barrierFor('participants', ANONYMOUS)).to.equal('sign_in_required');
    expect(barrierFor('members', ANONYMOUS)).to.equal('members_only');
  });

  it('lets any signed-in person take part for participants, and only members for members', () => {
    expect(barrierFor('participants', participant)).to.be.undefined;
    expect(barrierFor('participants', member)).to.be.undefined;
    expect(barrierFor('members', participant)).to.equal('members_only');
    expect(barrierFor('members', member)).to.be.undefined;
  });

  it('treats a token it cannot read as a signed-in person who is not a member (the API decides)', () => {
    const unreadable = identityFromToken('not-a-jwt');
    expect(barrierFor('participants', unreadable)).to.be.undefined;
    expect(barrierFor('members', unreadable)).to.equal('members_only');
  });

  it('knows every audience of the contract', () => {
    expect([...AUDIENCES].sort()).to.deep.equal(['members', 'participants', 'public']);
  });
});
