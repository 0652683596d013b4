/**
 * The Atom feed, read as a feed reader reads it (@rowanmanning/feed-parser)
 * and checked against RFC 4287 and RFC 6721 with a namespace-aware XML DOM
 * (@xmldom/xmldom): ids minted once and stable across edits and moves,
 * `updated`, links to the host page, categories, tombstones for withdrawn
 * and merged recommendations, languages, escaping, conditional reads.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { ADMIN, expectProblem, type Kit, startKit, TEST_VARS } from '../test/harness.ts';
import { ANSWER, adminView, createDraft, move, recommendationIn } from './test-helpers.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const TOMBSTONES = 'http://purl.org/atompub/tombstones/1.0';
/** RFC 3339 date-time, as RFC 4287 §3.3 requires. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

const pageOf = (slug: string) => TEST_VARS.RECOMMENDATION_PAGE_URL.replace('{slug}', slug);

async function fetchFeed(query = ''): Promise<{ text: string; etag: string | null }> {
  const response = await kit.request(`/api/v1/recommendations.atom${query}`);
  const text = await response.text();
  assert.equal(response.status, 200, text);
  assert.equal(response.headers.get('Content-Type'), 'application/atom+xml; charset=utf-8');
  return { text, etag: response.headers.get('ETag') };
}

function parseXml(text: string): Document {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(text, 'application/xml');
  assert.deepEqual(errors, [], 'well-formed XML');
  return document;
}

/** The direct children of `parent` in a namespace, by local name. */
function children(parent: Element, namespace: string, name: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 &&
      (node as Element).namespaceURI === namespace &&
      (node as Element).localName === name,
  );
}

function only(parent: Element, namespace: string, name: string): Element {
  const found = children(parent, namespace, name);
  assert.equal(found.length, 1, `exactly one ${name} in ${parent.localName}`);
  return found[0];
}

/** RFC 4287's rules for a feed and its entries that a reader relies on, checked on the DOM. */
function checkAtom(document: Document): Element {
  const feed = document.documentElement;
  assert.ok(feed);
  assert.equal(feed.namespaceURI, ATOM);
  assert.equal(feed.localName, 'feed');
  // §4.1.1: exactly one id, title and updated; an author (here on the feed, for every entry).
  for (const name of ['id', 'title', 'updated']) only(feed, ATOM, name);
  assert.match(only(feed, ATOM, 'updated').textContent ?? '', DATE_TIME);
  assert.ok(children(feed, ATOM, 'author').length >= 1);
  assert.ok(
    children(feed, ATOM, 'link').some((link) => link.getAttribute('rel') === 'self'),
    'a self link',
  );
  const ids = new Set<string>();
  for (const entry of children(feed, ATOM, 'entry')) {
    // §4.1.2: exactly one id, title, updated; an alternate link as there is no content src.
    const id = only(entry, ATOM, 'id').textContent ?? '';
    assert.match(id, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.ok(!ids.has(id), 'ids are unique in a feed');
    ids.add(id);
    only(entry, ATOM, 'title');
    assert.match(only(entry, ATOM, 'updated').textContent ?? '', DATE_TIME);
    assert.equal(
      children(entry, ATOM, 'link').filter((link) => link.getAttribute('rel') === 'alternate').length,
      1,
    );
    assert.equal(only(entry, ATOM, 'content').getAttribute('type'), 'html');
  }
  return feed;
}

/** The feed's tombstones by `ref`. */
function tombstones(feed: Element): Map<string, Element> {
  return new Map(
    children(feed, TOMBSTONES, 'deleted-entry').map((element) => [
      element.getAttribute('ref') ?? '',
      element,
    ]),
  );
}

describe('GET /api/v1/recommendations.atom', () => {
  test('one entry per public recommendation, read by a feed reader: its permanent id, link, category, content', async () => {
    const submitted = (await recommendationIn(kit, 'submitted', { theme: 'creer-son-activite' })).slug;
    const adopted = (await recommendationIn(kit, 'adopted', { theme: 'creer-son-activite' })).slug;
    const draft = await createDraft(kit, { theme: 'creer-son-activite' });
    const [submittedView, adoptedView, draftView] = await Promise.all(
      [submitted, adopted, draft].map((slug) => adminView(kit, slug)),
    );
    const { text } = await fetchFeed('?theme=creer-son-activite');
    checkAtom(parseXml(text));
    const feed = parseFeed(text);
    assert.equal(feed.meta.type, 'atom');
    assert.match(feed.title ?? '', /recommandations : Créer et développer son activité/);
    const ids = feed.items.map((item) => item.id);
    assert.deepEqual(ids, [adoptedView.atomId, submittedView.atomId], 'newest change first, no draft');
    assert.ok(!ids.includes(draftView.atomId));
    const item = feed.items[0];
    assert.equal(item.title, adoptedView.title.fr);
    assert.equal(item.url, pageOf(adopted));
    assert.deepEqual(
      item.categories.map((category) => category.term),
      ['creer-son-activite'],
    );
    assert.equal(item.updated?.toISOString(), await storedUpdatedAt(adopted));
    assert.equal(item.published?.toISOString(), adoptedView.timeline[0].at);
    assert.match(item.content ?? '', /Statut : Adoptée/);
    assert.match(item.content ?? '', /Le conseil d’administration adopte cette recommandation\./);
    assert.match(item.description ?? '', new RegExp(adoptedView.summary.fr ?? 'x'));
  });

  test('ids stay the same across edits, moves and answers; `updated` follows every change', async () => {
    const slug = (await recommendationIn(kit, 'submitted', { theme: 'entreprise-partagee' })).slug;
    const { atomId } = await adminView(kit, slug);
    const entryOf = async () => {
      const item = parseFeed((await fetchFeed('?theme=entreprise-partagee')).text).items.find(
        (candidate) => candidate.id === atomId,
      );
      assert.ok(item, 'still in the feed under its id');
      return item;
    };
    const first = await entryOf();
    await kit.request(`/api/v1/admin/recommendations/${slug}`, {
      method: 'PATCH',
      ...ADMIN,
      json: { title: { fr: 'Un titre corrigé' } },
    });
    const edited = await entryOf();
    assert.equal(edited.title, 'Un titre corrigé');
    assert.ok((edited.updated?.getTime() ?? 0) > (first.updated?.getTime() ?? 0));
    assert.equal((await move(kit, slug, { to: 'under_review' })).status, 200);
    const moved = await entryOf();
    assert.match(moved.content ?? '', /À l’étude/);
    assert.ok((moved.updated?.getTime() ?? 0) > (edited.updated?.getTime() ?? 0));
    await kit.request(`/api/v1/admin/recommendations/${slug}/answers`, {
      method: 'POST',
      ...ADMIN,
      json: ANSWER,
    });
    const answered = await entryOf();
    assert.ok((answered.updated?.getTime() ?? 0) > (moved.updated?.getTime() ?? 0));
    assert.equal((await adminView(kit, slug)).atomId, atomId, 'the stored id never changed');
  });

  test('withdrawn and merged ones are RFC 6721 tombstones: ref, when, a comment, and where a merged one went', async () => {
    const theme = 'modele-economique';
    const withdrawn = (await recommendationIn(kit, 'withdrawn', { theme })).slug;
    const { slug: merged, into } = await recommendationIn(kit, 'merged', { theme });
    assert.ok(into);
    const [withdrawnView, mergedView, intoView] = await Promise.all(
      [withdrawn, merged, into].map((slug) => adminView(kit, slug)),
    );
    const { text } = await fetchFeed(`?theme=${theme}&lang=en`);
    const feed = checkAtom(parseXml(text));
    const stones = tombstones(feed);
    const gone = stones.get(withdrawnView.atomId);
    assert.ok(gone, 'the withdrawn one is a tombstone');
    assert.equal(gone.getAttribute('when'), withdrawnView.statusAt);
    assert.match(gone.getAttribute('when') ?? '', DATE_TIME);
    assert.match(only(gone, TOMBSTONES, 'comment').textContent ?? '', /was withdrawn/);
    assert.equal(children(gone, ATOM, 'link').length, 0);
    const went = stones.get(mergedView.atomId);
    assert.ok(went, 'the merged one is a tombstone');
    assert.equal(went.getAttribute('when'), mergedView.statusAt);
    assert.match(only(went, TOMBSTONES, 'comment').textContent ?? '', /was merged into/);
    const link = only(went, ATOM, 'link');
    assert.equal(link.getAttribute('rel'), 'related');
    assert.equal(link.getAttribute('href'), pageOf(into));
    // A tombstone replaces the entry; the one it went into is an entry.
    const entries = children(feed, ATOM, 'entry').map((entry) => only(entry, ATOM, 'id').textContent);
    assert.ok(!entries.includes(withdrawnView.atomId) && !entries.includes(mergedView.atomId));
    assert.ok(entries.includes(intoView.atomId));
    const reader = parseFeed(text);
    assert.ok(
      !reader.items.some((item) => item.id === withdrawnView.atomId || item.id === mergedView.atomId),
    );
  });

  test('in the language asked for, each entry falling back to a language it is written in, and saying which', async () => {
    const slug = await createDraft(kit, {
      theme: 'cooperative-pour-qui',
      title: { nl: 'Een Nederlandse titel', en: 'An English title' },
      summary: { nl: 'Een samenvatting' },
      text: { nl: 'Tekst' },
    });
    await move(kit, slug, { to: 'submitted' });
    const { atomId } = await adminView(kit, slug);
    const entry = async (lang: string) => {
      const feed = checkAtom(parseXml((await fetchFeed(`?theme=cooperative-pour-qui&lang=${lang}`)).text));
      const found = children(feed, ATOM, 'entry').find(
        (candidate) => only(candidate, ATOM, 'id').textContent === atomId,
      );
      assert.ok(found);
      return only(found, ATOM, 'title');
    };
    const english = await entry('en');
    assert.equal(english.textContent, 'An English title');
    assert.equal(english.getAttribute('xml:lang'), 'en');
    const french = await entry('fr');
    assert.equal(french.textContent, 'Een Nederlandse titel');
    assert.equal(french.getAttribute('xml:lang'), 'nl');
    const feed = parseFeed((await fetchFeed('?lang=nl')).text);
    assert.match(feed.title ?? '', /aanbevelingen/);
  });

  test('text that looks like markup is escaped, and read back exactly', async () => {
    const title = 'Fish & chips <script>alert("x")</script> \u2028 ok';
    const slug = await createDraft(kit, { theme: 'cooperative-pour-qui', title: { fr: title } });
    await move(kit, slug, { to: 'submitted' });
    const { text } = await fetchFeed('?theme=cooperative-pour-qui');
    assert.ok(!text.includes('<script>'));
    checkAtom(parseXml(text));
    const item = parseFeed(text).items.find((candidate) => candidate.url === pageOf(slug));
    assert.equal(item?.title, title);
  });

  test('a conditional read: 304 while nothing changed; unknown theme 404; bad query 400', async () => {
    const { etag } = await fetchFeed();
    assert.ok(etag);
    const again = await kit.request('/api/v1/recommendations.atom', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('Cache-Control'), 'public, max-age=300');
    await recommendationIn(kit, 'submitted');
    const changed = await kit.request('/api/v1/recommendations.atom', { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    await changed.arrayBuffer();
    await expectProblem(
      await kit.request('/api/v1/recommendations.atom?theme=no-such-theme'),
      404,
      'theme_not_found',
    );
    await expectProblem(await kit.request('/api/v1/recommendations.atom?lang=de'), 400, 'validation_failed');
  });
});

async function storedUpdatedAt(slug: string): Promise<string> {
  const row = await kit.db
    .prepare('SELECT updated_at FROM recommendations WHERE slug = ?1')
    .bind(slug)
    .first<{ updated_at: string }>();
  assert.ok(row);
  return row.updated_at;
}
