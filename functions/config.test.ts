/**
 * The settings' parsers, called directly: a malformed setting is a
 * deployment error that throws (the app turns it into a logged 500).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { accessSettings, allowedOrigins, mailSender, siteSecrets } from './config.ts';

describe('config', () => {
  test('SITES: the union of every site’s origins', () => {
    const sites = JSON.stringify({
      a: { origins: ['https://a.example'] },
      b: { origins: ['https://b.example'] },
    });
    assert.deepEqual([...allowedOrigins({ SITES: sites })], ['https://a.example', 'https://b.example']);
  });

  test('a host site may not be called "anon": its people would pass for anonymous visitors', () => {
    assert.throws(
      () => allowedOrigins({ SITES: JSON.stringify({ anon: { origins: ['https://x.example'] } }) }),
      /SITES does not have the expected shape/,
    );
    assert.throws(
      () => siteSecrets({ SITE_SECRETS: JSON.stringify({ anon: ['a-long-enough-secret'] }) }, 'anon'),
      /SITE_SECRETS does not have the expected shape/,
    );
  });

  test('the error names the setting, never its value (it may be a secret)', () => {
    assert.throws(
      () => siteSecrets({ SITE_SECRETS: '{"a": "top-secret-value"}' }, 'a'),
      (error: Error) => !error.message.includes('top-secret-value'),
    );
  });

  test('Access: admins by ACCESS_ADMINS, other roles by ACCESS_ROLES, e-mails in any case', () => {
    const access = accessSettings({
      ACCESS_TEAM_DOMAIN: 'smart.cloudflareaccess.com/',
      ACCESS_AUD: 'aud-tag',
      ACCESS_ADMINS: ' Boss@Smart.coop ',
      ACCESS_ROLES: '{"Ana@Smart.coop": "organiser", "cp@smart.coop": "editor"}',
    });
    assert.equal(access?.team, 'https://smart.cloudflareaccess.com');
    assert.ok(access?.admins.has('boss@smart.coop'));
    assert.deepEqual(access?.roles, { 'ana@smart.coop': 'organiser', 'cp@smart.coop': 'editor' });
    assert.throws(
      () =>
        accessSettings({
          ACCESS_TEAM_DOMAIN: 't',
          ACCESS_AUD: 'a',
          ACCESS_ADMINS: '',
          ACCESS_ROLES: '{"x": "king"}',
        }),
      /ACCESS_ROLES does not have the expected shape/,
    );
  });

  test('MAIL_FROM: an address, or a name and an address; empty turns sending off; anything else throws', () => {
    assert.equal(mailSender({ MAIL_FROM: '' }), null);
    assert.equal(mailSender({ MAIL_FROM: '  ' }), null);
    assert.deepEqual(mailSender({ MAIL_FROM: 'kit@smart.coop' }), { email: 'kit@smart.coop' });
    assert.deepEqual(mailSender({ MAIL_FROM: 'Smart in Progress <kit@smart.coop>' }), {
      email: 'kit@smart.coop',
      name: 'Smart in Progress',
    });
    assert.deepEqual(mailSender({ MAIL_FROM: '"Smart, in Progress" <kit@smart.coop>' }), {
      email: 'kit@smart.coop',
      name: 'Smart, in Progress',
    });
    for (const malformed of ['smart.coop', 'Smart <>', 'a b@smart.coop', 'kit@smart.coop\r\nBcc: x@y.z']) {
      assert.throws(() => mailSender({ MAIL_FROM: malformed }), /MAIL_FROM is not an e-mail address/);
    }
  });
});
