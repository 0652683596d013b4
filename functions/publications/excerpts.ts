/**
 * Whether an excerpt is the contribution's own words: a quote in the
 * publication must be what the participant wrote, cut but never rewritten.
 */

/** Text compared loosely: any run of white space is one space, typographic quotes and apostrophes are plain, case is ignored. */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('fr');
}

/**
 * True when every piece of `excerpt` (pieces are cut by `…` or `...`, or a
 * bracketed `[…]`) appears in `text`, in order.
 *
 * @example
 * excerptFound('Une offre claire … les garderait', text); // true when both pieces are in text, in that order
 */
export function excerptFound(excerpt: string, text: string): boolean {
  const pieces = excerpt
    .split(/\[?(?:…|\.\.\.)\]?/)
    .map((piece) => normalise(piece).replace(/^[\s,;:.!?"']+|[\s,;:.!?"']+$/g, ''))
    .filter((piece) => piece.length > 0);
  if (pieces.length === 0) return false;
  const haystack = normalise(text);
  let from = 0;
  for (const piece of pieces) {
    const at = haystack.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}
