/**
 * Who may take part in an item, as the widgets can tell before asking the
 * API: one rule for every kind of item that has an `audience` (a theme's
 * contributions today; events and recommendations next). The API decides
 * for itself, from the verified token, and has the last word: this lets a
 * widget say why before the visitor starts, in the visitor's terms.
 */
import type { Audience } from '../../schema/common.ts';
import type { IneligibilityReason } from '../../schema/identity.ts';
import type { Identity } from './identity.ts';

/**
 * Why this visitor may not take part in an item open to `audience`, or
 * undefined when they may. A members' item asks an anonymous visitor for a
 * member account, not just any sign-in (where the API says `sign_in_required`).
 */
export function barrierFor(audience: Audience, identity: Identity): IneligibilityReason | undefined {
  // Only a readable token says "member"; an anonymous visitor has no claims at all.
  if (audience === 'members') return identity.claims?.member ? undefined : 'members_only';
  if (audience === 'participants' && !identity.token) return 'sign_in_required';
  return undefined;
}
