/**
 * E-mail templates and their one renderer. A feature that sends e-mail
 * describes each kind of message as a `MessageTemplate` (its data schema and
 * what it says, in plain strings, per language); the renderer here turns
 * that into a plain-text body and an HTML one that share one accessible
 * layout and a footer saying why the person gets it. Templates never write
 * HTML: every string they give is escaped here, so a title such as
 * `<script>` reaches the reader as text.
 */
import * as v from 'valibot';
import type { Language } from '../../schema/common.ts';

/** One block of a message's body, in reading order. */
export type Block =
  /** A paragraph of plain text. */
  | { paragraph: string }
  /** Someone's own words (a moderator's note), set apart under a label. */
  | { quote: string; label: string }
  /** Labelled values: a reference, a date, a place. */
  | { facts: readonly (readonly [label: string, value: string])[] }
  /** A link the reader may follow (https only). */
  | { action: { label: string; href: string } };

/** A file sent with the message (the events feature attaches `.ics` files). */
export interface Attachment {
  filename: string;
  /** Its media type, e.g. `text/calendar; method=PUBLISH`. */
  type: string;
  content: string;
}

/** What a message says, in one language, before it is laid out. */
export interface MessageContent {
  /** One line; whitespace and control characters are folded to single spaces. */
  subject: string;
  /** The body's title. */
  heading: string;
  blocks: readonly Block[];
  /** The footer: why this person gets this message. */
  reason: string;
  attachments?: readonly Attachment[];
}

/**
 * One kind of message: the name its outbox rows carry, the schema of the
 * data they store (checked again when it is rendered), and what it says.
 */
export interface MessageTemplate<S extends v.GenericSchema = v.GenericSchema> {
  /** Unique across features, e.g. `contribution_published`. */
  readonly kind: string;
  readonly data: S;
  compose(data: v.InferOutput<S>, language: Language): MessageContent;
}

/**
 * Declares a kind of message (the data type flows from the schema to
 * `compose` and to `outboxStatement`).
 *
 * @example
 * export const contributionPublished = defineMessage({
 *   kind: 'contribution_published',
 *   data: v.object({ reference: v.string(), title: v.string() }),
 *   compose: (data, language) => ({ subject: …, heading: …, blocks: […], reason: … }),
 * });
 */
export function defineMessage<S extends v.GenericSchema>(template: MessageTemplate<S>): MessageTemplate<S> {
  return template;
}

/** A message ready for the `send_email` binding, but for its sender and recipient. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  attachments: Attachment[];
}

/** The name every message is signed with. */
export const BRAND = 'Smart in Progress';

/**
 * Renders `data` with `template` in `language`: the data is checked against
 * the template's schema first (a row the template cannot read throws, and
 * the drain counts a failed attempt).
 *
 * @example
 * const { subject, text, html } = renderMessage(contributionPublished, row.data, 'nl');
 */
export function renderMessage<S extends v.GenericSchema>(
  template: MessageTemplate<S>,
  data: unknown,
  language: Language,
): RenderedMessage {
  const parsed = v.safeParse(template.data, data);
  if (!parsed.success) throw new Error(`the data of a ${template.kind} message does not fit its template`);
  const content = template.compose(parsed.output, language);
  const subject = oneLine(content.subject);
  return {
    subject,
    text: renderText(content, language),
    html: renderHtml({ ...content, subject }, language),
    attachments: [...(content.attachments ?? [])],
  };
}

/** Folds line breaks, tabs and other control characters to single spaces: a subject is one header line. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim();
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML content and quoted attribute values.
 *
 * @example
 * escapeHtml('<script>'); // '&lt;script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** Only https links go into a message: anything else (javascript:, data:, a typo) is refused loudly. */
function safeHref(href: string): string {
  const url = new URL(href);
  if (url.protocol !== 'https:') throw new Error(`a message links to https only, not ${url.protocol}`);
  return url.href;
}

function renderText(content: MessageContent, language: Language): string {
  // French typography puts a no-break space before a colon.
  const colon = language === 'fr' ? '\u00a0: ' : ': ';
  const parts = [content.heading, ...content.blocks.map((block) => blockText(block, colon))];
  // "-- " on its own line is the signature separator mail clients recognise.
  return `${parts.join('\n\n')}\n\n-- \n${BRAND}\n${content.reason}\n`;
}

function blockText(block: Block, colon: string): string {
  if ('paragraph' in block) return block.paragraph;
  if ('quote' in block) return `${block.label}\n${block.quote.replace(/^/gm, '> ')}`;
  if ('facts' in block) return block.facts.map(([label, value]) => `${label}${colon}${value}`).join('\n');
  return `${block.action.label}${colon}${safeHref(block.action.href)}`;
}

// Inline styles only: many mail clients drop <style> elements. Colours meet WCAG AA on white.
// Inside double-quoted attributes: never a double quote in them.
const STYLE = {
  body: 'margin:0;padding:0;background:#f4f4f1;',
  article:
    "max-width:600px;margin:0 auto;padding:24px;background:#ffffff;color:#1f1f1f;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5;",
  brand: 'margin:0 0 16px;font-size:14px;font-weight:600;color:#4a4a4a;',
  heading: 'margin:0 0 16px;font-size:22px;line-height:1.3;',
  paragraph: 'margin:0 0 16px;',
  quote: 'margin:0 0 16px;padding:8px 16px;border-left:4px solid #6b6b6b;background:#f4f4f1;',
  facts: 'margin:0 0 16px;',
  term: 'font-weight:600;',
  definition: 'margin:0 0 8px;',
  action: 'color:#0b57d0;font-weight:600;',
  footer: 'margin:24px 0 0;padding-top:16px;border-top:1px solid #d0d0cc;font-size:14px;color:#4a4a4a;',
} as const;

function renderHtml(content: MessageContent, language: Language): string {
  const subject = escapeHtml(content.subject);
  return `<!doctype html>
<html lang="${language}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${subject}</title>
</head>
<body style="${STYLE.body}">
<div role="article" aria-roledescription="email" aria-label="${subject}" lang="${language}" style="${STYLE.article}">
<p style="${STYLE.brand}">${escapeHtml(BRAND)}</p>
<h1 style="${STYLE.heading}">${escapeHtml(content.heading)}</h1>
${content.blocks.map(blockHtml).join('\n')}
<footer style="${STYLE.footer}"><p style="margin:0;">${escapeHtml(content.reason)}</p></footer>
</div>
</body>
</html>
`;
}

function blockHtml(block: Block): string {
  if ('paragraph' in block) return `<p style="${STYLE.paragraph}">${lines(block.paragraph)}</p>`;
  if ('quote' in block) {
    return `<p style="${STYLE.paragraph}">${escapeHtml(block.label)}</p>\n<blockquote style="${STYLE.quote}"><p style="margin:0;">${lines(block.quote)}</p></blockquote>`;
  }
  if ('facts' in block) {
    const items = block.facts.map(
      ([label, value]) =>
        `<dt style="${STYLE.term}">${escapeHtml(label)}</dt><dd style="${STYLE.definition}">${escapeHtml(value)}</dd>`,
    );
    return `<dl style="${STYLE.facts}">${items.join('')}</dl>`;
  }
  const href = escapeHtml(safeHref(block.action.href));
  return `<p style="${STYLE.paragraph}"><a href="${href}" style="${STYLE.action}">${escapeHtml(block.action.label)}</a></p>`;
}

/** Escaped text whose line breaks stay line breaks. */
function lines(text: string): string {
  return text.split(/\r?\n/).map(escapeHtml).join('<br>');
}
