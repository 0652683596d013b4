/**
 * The renderer, called directly: escaping, the one-line subject, https-only
 * links, the text layout and the HTML read back by a real HTML parser
 * (parse5, as browsers parse). Also retryDelay and stableMessageId.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'parse5';
import * as v from 'valibot';
import { retryDelay, stableMessageId } from './drain.ts';
import { BRAND, defineMessage, escapeHtml, renderMessage } from './render.ts';
import { attribute, elements, textOf } from './test-helpers.ts';

const note = defineMessage({
  kind: 'test_note',
  data: v.object({ title: v.string(), href: v.optional(v.string()) }),
  compose: (data, language) => ({
    subject: `Note: ${data.title}`,
    heading: `Heading ${data.title}`,
    blocks: [
      { paragraph: `First line ${data.title}\nsecond line` },
      { facts: [['Reference', 'K7M2-9QXA']] },
      { quote: 'Say "hi"\n& <b>bye</b>', label: 'Their words:' },
      ...(data.href ? [{ action: { label: 'Open', href: data.href } }] : []),
    ],
    reason: `Why you get it (${language}).`,
  }),
});

describe('renderMessage', () => {
  const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';

  test('escapes every value in the HTML: hostile content is text, never markup', () => {
    const { html } = renderMessage(note, { title: hostile, href: 'https://smart.example/a?b=1&c="2"' }, 'en');
    const document = parse(html);
    const all = elements(document);
    assert.deepEqual(
      all.filter((element) => ['script', 'img', 'b'].includes(element.tagName)),
      [],
      'no element came from the data',
    );
    const h1 = all.find((element) => element.tagName === 'h1');
    assert.ok(h1);
    assert.equal(textOf(h1), `Heading ${hostile}`);
    const title = all.find((element) => element.tagName === 'title');
    assert.ok(title);
    assert.equal(textOf(title), `Note: ${hostile}`);
    const quote = all.find((element) => element.tagName === 'blockquote');
    assert.ok(quote);
    assert.equal(
      textOf(quote),
      'Say "hi"& <b>bye</b>',
      'the quote keeps its words (its line break is a <br>)',
    );
    const link = all.find((element) => element.tagName === 'a');
    assert.ok(link);
    assert.equal(attribute(link, 'href'), 'https://smart.example/a?b=1&c=%222%22');
    assert.doesNotMatch(html, /<script/i);
  });

  test('an accessible layout: the language, one heading, the article role, a footer saying why', () => {
    for (const language of ['fr', 'nl', 'en'] as const) {
      const { html } = renderMessage(note, { title: 'Titre' }, language);
      const all = elements(parse(html));
      // A stray quote in a style would end the attribute early and make up attributes from the rest.
      const names = new Set(all.flatMap((element) => element.attrs.map((attr) => attr.name)));
      assert.deepEqual([...names].sort(), [
        'aria-label',
        'aria-roledescription',
        'charset',
        'content',
        'dir',
        'lang',
        'name',
        'role',
        'style',
      ]);
      for (const element of all.filter((element) => attribute(element, 'style') !== undefined)) {
        assert.match(attribute(element, 'style') ?? '', /^([a-z-]+:[^;]+;)+$/, element.tagName);
      }
      const root = all.find((element) => element.tagName === 'html');
      assert.equal(root && attribute(root, 'lang'), language);
      assert.equal(all.filter((element) => element.tagName === 'h1').length, 1);
      const article = all.find((element) => attribute(element, 'role') === 'article');
      assert.ok(article);
      assert.equal(attribute(article, 'aria-roledescription'), 'email');
      assert.equal(attribute(article, 'lang'), language);
      const footer = all.find((element) => element.tagName === 'footer');
      assert.ok(footer);
      assert.equal(textOf(footer), `Why you get it (${language}).`);
      const facts = all.find((element) => element.tagName === 'dl');
      assert.ok(facts);
      assert.equal(textOf(facts), 'ReferenceK7M2-9QXA');
    }
  });

  test('the text body: heading, blocks, the quote marked with >, and the footer after the signature line', () => {
    const { text } = renderMessage(note, { title: 'T', href: 'https://smart.example/x' }, 'en');
    assert.equal(
      text,
      [
        'Heading T',
        '',
        'First line T\nsecond line',
        '',
        'Reference: K7M2-9QXA',
        '',
        'Their words:\n> Say "hi"\n> & <b>bye</b>',
        '',
        'Open: https://smart.example/x',
        '',
        '-- ',
        BRAND,
        'Why you get it (en).',
        '',
      ].join('\n'),
    );
    assert.match(renderMessage(note, { title: 'T' }, 'fr').text, /^Reference\u00a0: K7M2-9QXA$/m);
  });

  test('the subject is one line: a title with line breaks cannot add a header', () => {
    const { subject, html } = renderMessage(note, { title: 'A\r\nBcc: victim@example.org\u2028\tB' }, 'en');
    assert.equal(subject, 'Note: A Bcc: victim@example.org B');
    assert.match(html, /<title>Note: A Bcc: victim@example.org B<\/title>/);
  });

  test('links are https only', () => {
    for (const href of ['javascript:alert(1)', 'http://smart.example', 'data:text/html,x']) {
      assert.throws(() => renderMessage(note, { title: 'T', href }, 'en'), /https only/);
    }
    assert.throws(() => renderMessage(note, { title: 'T', href: 'not a url' }, 'en'));
  });

  test('data the template cannot read throws, naming the kind only', () => {
    assert.throws(() => renderMessage(note, { title: 42 }, 'en'), /test_note message does not fit/);
  });
});

describe('escapeHtml', () => {
  test('the five characters that matter in content and quoted attributes', () => {
    assert.equal(
      escapeHtml(`<a href="x" title='y'>&amp;</a>`),
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});

describe('retryDelay', () => {
  test('1 minute, then four times longer each try, at most 12 hours', () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8].map((attempts) => retryDelay(attempts) / 60_000);
    assert.deepEqual(minutes, [1, 4, 16, 64, 256, 720, 720, 720]);
  });
});

describe('stableMessageId', () => {
  test('the cause in the Message-ID form, on the sender’s domain', () => {
    assert.equal(
      stableMessageId('contribution-decision:42', { email: 'kit@smart.coop', name: 'Kit' }),
      '<contribution-decision.42@smart.coop>',
    );
    assert.equal(stableMessageId('a b<c>@d', { email: 'x@y.example' }), '<a.b.c..d@y.example>');
  });
});
