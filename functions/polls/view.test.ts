/**
 * The pure rules of a poll view: state, eligibility, visibility, results.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Participant } from '../identity/participant.ts';
import { eligibility, pollState, resultsVisible, toResults } from './view.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const person = (member = false): Participant => ({
  id: 'p',
  anonymous: false,
  name: null,
  roles: [],
  member,
  site: 'site-a',
});
const visitor: Participant = { ...person(), anonymous: true, site: null };

describe('pollState', () => {
  test('upcoming without opensAt or before it; open in between; closed from closesAt on', () => {
    assert.equal(pollState({ opensAt: null, closesAt: null }, NOW), 'upcoming');
    assert.equal(pollState({ opensAt: '2026-06-01T12:00:00.001Z', closesAt: null }, NOW), 'upcoming');
    assert.equal(pollState({ opensAt: '2026-06-01T12:00:00.000Z', closesAt: null }, NOW), 'open');
    assert.equal(
      pollState({ opensAt: '2026-01-01T00:00:00.000Z', closesAt: '2026-06-01T12:00:00.001Z' }, NOW),
      'open',
    );
    assert.equal(
      pollState({ opensAt: '2026-01-01T00:00:00.000Z', closesAt: '2026-06-01T12:00:00.000Z' }, NOW),
      'closed',
    );
    assert.equal(pollState({ opensAt: null, closesAt: '2026-05-01T00:00:00.000Z' }, NOW), 'closed');
  });
});

describe('eligibility', () => {
  const poll = (audience: 'public' | 'participants' | 'members', allowChange = false) => ({
    audience,
    allowChange,
  });

  test('a poll that is not open comes first', () => {
    assert.deepEqual(eligibility(poll('members'), 'closed', null, false), {
      canVote: false,
      reason: 'poll_not_open',
    });
    assert.deepEqual(eligibility(poll('public'), 'upcoming', person(), false), {
      canVote: false,
      reason: 'poll_not_open',
    });
  });

  test('audience: sign in, then membership', () => {
    for (const caller of [null, visitor]) {
      assert.equal(eligibility(poll('participants'), 'open', caller, false).reason, 'sign_in_required');
      assert.equal(eligibility(poll('members'), 'open', caller, false).reason, 'sign_in_required');
    }
    assert.equal(eligibility(poll('members'), 'open', person(false), false).reason, 'members_only');
    assert.deepEqual(eligibility(poll('members'), 'open', person(true), false), {
      canVote: true,
      reason: null,
    });
    assert.deepEqual(eligibility(poll('public'), 'open', visitor, false), { canVote: true, reason: null });
  });

  test('a cast ballot blocks only when changes are not allowed', () => {
    assert.equal(eligibility(poll('public'), 'open', visitor, true).reason, 'ballot_already_cast');
    assert.deepEqual(eligibility(poll('public', true), 'open', visitor, true), {
      canVote: true,
      reason: null,
    });
  });
});

describe('resultsVisible', () => {
  test('live always; after_vote once voted or closed; after_close once closed', () => {
    assert.equal(resultsVisible('live', 'upcoming', false), true);
    assert.equal(resultsVisible('after_vote', 'open', false), false);
    assert.equal(resultsVisible('after_vote', 'open', true), true);
    assert.equal(resultsVisible('after_vote', 'closed', false), true);
    assert.equal(resultsVisible('after_close', 'open', true), false);
    assert.equal(resultsVisible('after_close', 'closed', false), true);
  });
});

describe('toResults', () => {
  test('role * gives the totals, other roles the breakdown in a fixed order, zero rows dropped', () => {
    const results = toResults(
      ['x', 'y'],
      [
        { optionKey: '*', role: '*', votes: 3 },
        { optionKey: 'x', role: '*', votes: 2 },
        { optionKey: 'y', role: '*', votes: 1 },
        { optionKey: '*', role: 'anonymous', votes: 1 },
        { optionKey: 'y', role: 'anonymous', votes: 1 },
        { optionKey: '*', role: 'staff', votes: 2 },
        { optionKey: 'x', role: 'staff', votes: 2 },
        { optionKey: '*', role: 'client', votes: 0 },
        { optionKey: 'gone', role: '*', votes: 5 },
      ],
    );
    assert.deepEqual(results, {
      ballots: 3,
      options: [
        { key: 'x', votes: 2 },
        { key: 'y', votes: 1 },
      ],
      byRole: [
        {
          role: 'staff',
          ballots: 2,
          options: [
            { key: 'x', votes: 2 },
            { key: 'y', votes: 0 },
          ],
        },
        {
          role: 'anonymous',
          ballots: 1,
          options: [
            { key: 'x', votes: 0 },
            { key: 'y', votes: 1 },
          ],
        },
      ],
    });
  });

  test('no tallies: zero everywhere', () => {
    assert.deepEqual(toResults(['x'], []), { ballots: 0, options: [{ key: 'x', votes: 0 }], byRole: [] });
  });
});
