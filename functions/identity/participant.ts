/**
 * Participants: who casts a ballot, known only by a keyed hash so that raw
 * host-site ids (often e-mail addresses) are never stored.
 */
import type { Role } from '../../schema/common.ts';
import { base64url } from '../lib/base64url.ts';
import { hmacKey } from './hmac-key.ts';

export interface Participant {
  /** Keyed hash (base64url HMAC-SHA256) of `iss:sub`, or of `anon:<uuid>`. */
  id: string;
  /** True for a visitor without a token, known by the id their browser keeps. */
  anonymous: boolean;
  name: string | null;
  roles: Role[];
  /** A sociétaire with voting rights, as vouched for by the host site. */
  member: boolean;
  /** The host site that signed the token; null when anonymous. */
  site: string | null;
}

/**
 * The participant id for a subject: HMAC-SHA256 under PARTICIPANT_KEY, base64url.
 * The same person on the same site always gets the same id; nobody without
 * the key can link it back to the subject.
 *
 * @example
 * await participantId(env.PARTICIPANT_KEY, 'smart-be:1234'); // 'q3V…' (43 chars)
 * await participantId(env.PARTICIPANT_KEY, `anon:${uuid}`);
 */
export async function participantId(key: string, subject: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(key), new TextEncoder().encode(subject));
  return base64url(new Uint8Array(mac));
}

/**
 * The categories a ballot is counted under: the token's roles, `unspecified`
 * for a signed-in person without one, `anonymous` for a visitor without a token.
 *
 * @example
 * ballotRoles({ anonymous: false, roles: [] }); // ['unspecified']
 */
export function ballotRoles(participant: Pick<Participant, 'anonymous' | 'roles'>): string[] {
  if (participant.anonymous) return ['anonymous'];
  return participant.roles.length > 0 ? [...new Set(participant.roles)] : ['unspecified'];
}
