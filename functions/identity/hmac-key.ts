/**
 * HMAC-SHA-256 keys imported once per isolate: importing costs more than
 * the HMAC itself, and every request with an identity needs one or two.
 */
const keys = new Map<string, Promise<CryptoKey>>();

/**
 * The key for `secret`, usable to sign and to verify.
 *
 * @example
 * const mac = await crypto.subtle.sign('HMAC', await hmacKey(env.PARTICIPANT_KEY), bytes);
 */
export function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    keys.set(secret, key);
  }
  return key;
}
