/**
 * GET /api/v1/territories: where people write from, in display order.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { TerritoryList } from '../../schema/territories.ts';
import { type Kit, startKit } from '../test/harness.ts';
import { listTerritories } from './queries.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

describe('territories', () => {
  test('GET /api/v1/territories lists the migrated territories by position: Belgium, France, online, other', async () => {
    const response = await kit.request('/api/v1/territories');
    assert.equal(response.status, 200);
    const { territories } = v.parse(TerritoryList, await response.json());
    assert.equal(territories.length, 19);
    assert.deepEqual(
      territories.slice(0, 4).map((territory) => territory.code),
      ['bruxelles', 'wallonie', 'flandre', 'auvergne-rhone-alpes'],
    );
    assert.deepEqual(
      territories.slice(-2).map(({ code, country }) => ({ code, country })),
      [
        { code: 'en-ligne', country: null },
        { code: 'autre', country: null },
      ],
    );
    const countries = territories.map((territory) => territory.country ?? '-').join('');
    assert.match(countries, /^(BE)+(FR)+-+$/, 'grouped by country');
    const flanders = territories.find((territory) => territory.code === 'flandre');
    assert.deepEqual(flanders?.name, { fr: 'Flandre', nl: 'Vlaanderen', en: 'Flanders' });
  });

  test('listTerritories follows position, not code or insertion order', async () => {
    await kit.db
      .prepare(
        "INSERT INTO territories (code, country, position, name) VALUES ('aaa-test', NULL, 95, json_object('fr', 'Test'))",
      )
      .run();
    const codes = (await listTerritories(kit.db)).map((territory) => territory.code);
    assert.equal(codes.at(-1), 'aaa-test');
    assert.equal(codes[0], 'bruxelles');
  });
});
