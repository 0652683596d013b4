/**
 * The Atom feed of recommendations (RFC 4287): one entry per public
 * recommendation, its `atom:id` the `urn:uuid` minted at its creation (never
 * changed by an edit or a move), its `updated` the row's `updated_at`; the
 * withdrawn and the merged ones as RFC 6721 tombstones (`at:deleted-entry`),
 * a merged one linking to where it went.
 */
import type { Language } from '../../schema/common.ts';
import type { FeedRecord } from './queries.ts';
import { formatDay, pick, WORDS } from './words.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const TOMBSTONES = 'http://purl.org/atompub/tombstones/1.0';

/** The media type of the feed. */
export const ATOM_MEDIA = 'application/atom+xml; charset=utf-8';

/**
 * Text as XML character data or an attribute value: the five markup
 * characters escaped, and the characters XML 1.0 forbids (C0 controls but
 * tab and newlines, lone surrogates, U+FFFE/F) dropped, so that no stored
 * text can make the feed ill-formed.
 *
 * @example
 * xmlText('Fish & <chips>'); // 'Fish &amp; &lt;chips&gt;'
 */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A recommendation page's address: the template with `{slug}` filled in. */
export type PageUrl = (slug: string) => string;

export interface FeedOptions {
  /** The feed's own address (its `self` link and, without `lang`, its id). */
  selfUrl: string;
  language: Language;
  /** The theme's title when the feed is one theme's, else null. */
  themeTitle: string | null;
  pageUrl: PageUrl;
}

/**
 * The whole feed document. `updated` is the latest `updated_at` of its
 * entries (the feed's own creation when it has none).
 *
 * @example
 * const xml = atomFeed(await listFeedRecords(db, {}), { selfUrl, language: 'fr', themeTitle: null, pageUrl });
 */
export function atomFeed(records: readonly FeedRecord[], options: FeedOptions): string {
  const words = WORDS[options.language];
  let updated = '';
  for (const record of records) if (record.updatedAt > updated) updated = record.updatedAt;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM}" xmlns:at="${TOMBSTONES}" xml:lang="${options.language}">`,
    `  <id>${xmlText(options.selfUrl)}</id>`,
    `  <title>${xmlText(words.feedTitle(options.themeTitle))}</title>`,
    `  <updated>${updated || new Date(0).toISOString()}</updated>`,
    '  <author><name>Smart in Progress</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${xmlText(options.selfUrl)}"/>`,
    '  <generator>Smart in Progress participation kit</generator>',
  ];
  for (const record of records) {
    lines.push(
      record.status === 'withdrawn' || record.status === 'merged'
        ? tombstone(record, options)
        : entry(record, options),
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

function entry(record: FeedRecord, options: FeedOptions): string {
  const { language } = options;
  const words = WORDS[language];
  const title = pick(record.title, language);
  const summary = pick(record.summary, language);
  const paragraphs = [
    `<p>${escapeHtml(summary.text)}</p>`,
    `<p>${escapeHtml(words.statusLine(words.status[record.status], formatDay(record.statusAt, language)))}</p>`,
  ];
  if (record.latestAnswer) {
    const latest = record.latestAnswer;
    const answer = pick(latest.text, language);
    paragraphs.push(
      `<h2>${escapeHtml(words.answerHeading(latest.version, formatDay(latest.answeredAt, language)))}</h2>`,
      ...answer.text
        .split(/\n{2,}/)
        .map((paragraph) => `<p lang="${answer.language}">${escapeHtml(paragraph)}</p>`),
    );
    if (latest.reviewOn) {
      paragraphs.push(`<p>${escapeHtml(words.reviewOn(formatDay(latest.reviewOn, language)))}</p>`);
    }
  }
  const themeTitle = record.theme.title[language] || record.theme.title.fr;
  return [
    '  <entry>',
    `    <id>${xmlText(record.atomId)}</id>`,
    `    <title type="text" xml:lang="${title.language}">${xmlText(title.text)}</title>`,
    `    <updated>${record.updatedAt}</updated>`,
    ...(record.submittedAt ? [`    <published>${record.submittedAt}</published>`] : []),
    `    <link rel="alternate" type="text/html" href="${xmlText(options.pageUrl(record.slug))}"/>`,
    `    <category term="${xmlText(record.theme.slug)}" label="${xmlText(themeTitle)}"/>`,
    `    <summary type="text" xml:lang="${summary.language}">${xmlText(summary.text)}</summary>`,
    `    <content type="html" xml:lang="${summary.language}">${xmlText(paragraphs.join(''))}</content>`,
    '  </entry>',
  ].join('\n');
}

function tombstone(record: FeedRecord, options: FeedOptions): string {
  const words = WORDS[options.language];
  const title = pick(record.title, options.language).text;
  const into = record.mergedInto;
  const comment = into
    ? words.mergedInto(title, pick(into.title, options.language).text)
    : words.withdrawn(title);
  return [
    `  <at:deleted-entry ref="${xmlText(record.atomId)}" when="${record.statusAt}">`,
    `    <at:comment type="text" xml:lang="${options.language}">${xmlText(comment)}</at:comment>`,
    // Where a merged one lives now: the other recommendation's page (and its entry's id, in the comment's stead for machines).
    ...(into
      ? [
          `    <link rel="related" type="text/html" href="${xmlText(options.pageUrl(into.slug))}" title="${xmlText(into.atomId)}"/>`,
        ]
      : []),
    '  </at:deleted-entry>',
  ].join('\n');
}

/** HTML escaping for the text inside the entries' HTML content. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
