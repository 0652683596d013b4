/**
 * base64url (RFC 4648 §5, without padding): participant ids, admin tokens
 * and cursors are all made of it, so that they travel in URLs and headers
 * as they are.
 */

/**
 * @example
 * base64url(new Uint8Array([251, 255])); // '-_8'
 */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * The bytes of a base64url text; throws on anything else.
 *
 * @example
 * fromBase64url('-_8'); // Uint8Array [251, 255]
 */
export function fromBase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  return Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0));
}
