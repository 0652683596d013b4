/**
 * GET /api/v1/themes lists each theme with its contribution rules; poll
 * views keep embedding the lean theme.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { PollView } from '../../schema/polls.ts';
import { ThemeList } from '../../schema/themes.ts';
import { createPoll, type Kit, startKit } from '../test/harness.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

describe('GET /api/v1/themes', () => {
  test('lists the four themes in position order, with audience and moderation policy', async () => {
    await kit.db
      .prepare("UPDATE themes SET audience = 'participants', moderation = 'post_members' WHERE slug = ?1")
      .bind('entreprise-partagee')
      .run();
    const response = await kit.request('/api/v1/themes');
    assert.equal(response.status, 200);
    const { themes } = v.parse(ThemeList, await response.json());
    assert.deepEqual(
      themes.map(({ slug, position, audience, moderation }) => ({ slug, position, audience, moderation })),
      [
        { slug: 'cooperative-pour-qui', position: 1, audience: 'public', moderation: 'pre' },
        { slug: 'modele-economique', position: 2, audience: 'public', moderation: 'pre' },
        { slug: 'creer-son-activite', position: 3, audience: 'public', moderation: 'pre' },
        { slug: 'entreprise-partagee', position: 4, audience: 'participants', moderation: 'post_members' },
      ],
    );
    assert.ok(themes.every((theme) => !('id' in theme)));
  });

  test('poll views still embed the lean theme, without audience nor moderation', async () => {
    const slug = await createPoll(kit, { theme: 'entreprise-partagee' });
    const response = await kit.request(`/api/v1/polls/${slug}`);
    assert.equal(response.status, 200);
    // Checked on the raw JSON: parsing with PollView would drop unknown keys.
    const raw = (await response.json()) as { theme: Record<string, unknown> };
    assert.ok(v.is(PollView, raw));
    assert.deepEqual(Object.keys(raw.theme).sort(), ['position', 'slug', 'summary', 'title']);
  });
});
