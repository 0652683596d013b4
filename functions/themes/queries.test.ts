/**
 * The theme query functions, called directly.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Kit, startKit } from '../test/harness.ts';
import { findThemeBySlug, listThemes, toThemeEntry, toThemeView } from './queries.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

describe('db/themes', () => {
  test('listThemes returns the migrated themes in position order, texts parsed', async () => {
    const themes = await listThemes(kit.db);
    assert.equal(themes.length, 4);
    assert.deepEqual(
      themes.map((theme) => theme.position),
      [1, 2, 3, 4],
    );
    assert.equal(themes[0].title.fr, 'Être une coopérative : pour qui et avec qui ?');
    assert.ok(themes.every((theme) => theme.summary.nl && theme.summary.en));
    assert.ok(
      themes.every((theme) => theme.audience === 'public' && theme.moderation === 'pre'),
      'the migration’s defaults: open to all, moderated before publication',
    );
  });

  test('findThemeBySlug finds one theme with its contribution rules, or null', async () => {
    await kit.db
      .prepare("UPDATE themes SET audience = 'members', moderation = 'post_members' WHERE slug = ?1")
      .bind('creer-son-activite')
      .run();
    const theme = await findThemeBySlug(kit.db, 'creer-son-activite');
    assert.equal(theme?.position, 3);
    assert.equal(theme?.audience, 'members');
    assert.equal(theme?.moderation, 'post_members');
    assert.equal(await findThemeBySlug(kit.db, 'nope-nope'), null);
  });

  test('toThemeView drops the internal id and the contribution rules (poll views embed it)', async () => {
    const [theme] = await listThemes(kit.db);
    assert.deepEqual(Object.keys(toThemeView(theme)).sort(), ['position', 'slug', 'summary', 'title']);
  });

  test('toThemeEntry drops the internal id only', async () => {
    const [theme] = await listThemes(kit.db);
    assert.deepEqual(Object.keys(toThemeEntry(theme)).sort(), [
      'audience',
      'moderation',
      'position',
      'slug',
      'summary',
      'title',
    ]);
  });
});
