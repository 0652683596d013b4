/**
 * Who may take part in an item (a poll, a theme's contributions): the same
 * audience rules everywhere, with the item named in the messages.
 */
import type { Audience } from '../../schema/common.ts';
import { ProblemError } from '../problems.ts';
import type { Participant } from './participant.ts';

/**
 * The participant if `audience` admits them, else the ProblemError that says
 * why. An anonymous visitor without a `Sip-Participant` uuid cannot be told
 * apart from the next one, so even a public item refuses them, as a
 * malformed request (400): the widgets always send one.
 *
 * @example
 * const voter = requireAudience(poll.audience, c.get('participant'), { item: 'this poll', action: 'An anonymous ballot' });
 */
export function requireAudience(
  audience: Audience,
  participant: Participant | null,
  words: { item: string; action: string },
): Participant {
  if (participant === null && audience === 'public') {
    throw new ProblemError('validation_failed', `${words.action} needs a Sip-Participant header.`, {
      issues: [
        { path: 'Sip-Participant', message: 'a uuid kept by the browser is required without a token' },
      ],
    });
  }
  if (participant === null || (participant.anonymous && audience !== 'public')) {
    throw new ProblemError('sign_in_required', `Sign in on the host site to take part in ${words.item}.`);
  }
  if (audience === 'members' && !participant.member) {
    throw new ProblemError('members_only', `Only members (sociétaires) take part in ${words.item}.`);
  }
  return participant;
}

/**
 * The audiences a participant belongs to (anonymous: public only).
 *
 * @example
 * audiencesOf(participant); // ['public', 'participants'] for a signed-in non-member
 */
export function audiencesOf(participant: Participant): Audience[] {
  if (participant.anonymous) return ['public'];
  return participant.member ? ['public', 'participants', 'members'] : ['public', 'participants'];
}
