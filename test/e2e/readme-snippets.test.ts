/**
 * The README's token snippets, run as written (Node.js in this process, PHP
 * with the `php` CLI) with the local secret the README names for their `iss`,
 * against the real Worker configured as `npm start` configures it
 * (.dev.vars.example): the API must know the person they vouch for.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { PollView } from '../../schema/polls.ts';
import { type DemoKit, startDemoKit } from '../kit.ts';

const README = readFileSync('README.md', 'utf8');
const POLL = '/api/v1/polls/deploiement-france';

/** The one fenced block of this language that contains `marker`. */
function snippet(language: string, marker: string): string {
  const blocks = [...README.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)]
    .filter(([, lang, code]) => lang === language && code.includes(marker))
    .map(([, , code]) => code);
  assert.equal(blocks.length, 1, `README.md has one \`\`\`${language} block with ${marker}`);
  return blocks[0];
}

/** The host site the snippet signs for. */
function issuer(code: string): string {
  const [, iss] = code.match(/\biss['"]?\s*(?::|=>)\s*'([^']+)'/) ?? [];
  assert.ok(iss, 'the snippet sets iss');
  return iss;
}

let kit: DemoKit;
let folder: string;
before(async () => {
  kit = await startDemoKit();
  folder = mkdtempSync(join(tmpdir(), 'sip-readme-'));
});
after(async () => {
  await kit?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The secret the README tells a newcomer to use locally for this site. */
function localSecret(iss: string): string {
  const secrets = JSON.parse(kit.devVars.SITE_SECRETS) as Record<string, string[]>;
  const [secret] = secrets[iss] ?? [];
  assert.ok(secret, `.dev.vars.example has a secret for ${iss}`);
  assert.ok(README.includes(`SIP_SECRET=${secret}`), `README.md names the local secret of ${iss}`);
  return secret;
}

/** What the Worker makes of a token: the poll as that person sees it, from the host site's origin. */
async function pollAs(token: string, origin: string): Promise<PollView> {
  const response = await kit.request(POLL, { token, headers: { Origin: origin } });
  assert.equal(response.status, 200, await response.clone().text());
  assert.equal(response.headers.get('Access-Control-Allow-Origin'), origin);
  return (await response.json()) as PollView;
}

function originOf(iss: string): string {
  const sites = JSON.parse(kit.devVars.SITES) as Record<string, { origins: string[] }>;
  return sites[iss].origins[0];
}

describe("README's token snippets, against the local kit", () => {
  test('Node.js: sipToken(user, secret) vouches for a member who may vote', async () => {
    const code = snippet('js', 'function sipToken');
    const iss = issuer(code);
    const file = join(folder, 'sip-token.mjs');
    writeFileSync(file, code);
    const { sipToken } = (await import(pathToFileURL(file).href)) as {
      sipToken: (user: object, secret: string) => string;
    };
    const user = (isShareholder: boolean) => ({
      id: 4217,
      displayName: 'Ada Lovelace',
      roles: ['freelancer', 'member'],
      isShareholder,
    });
    const secret = localSecret(iss);

    const member = await pollAs(sipToken(user(true), secret), originOf(iss));
    assert.deepEqual(member.eligibility, { canVote: true, reason: null });
    const nonMember = await pollAs(sipToken(user(false), secret), originOf(iss));
    assert.deepEqual(nonMember.eligibility, { canVote: false, reason: 'members_only' });

    // The mistake the README warns about: another site's secret under this iss.
    const [demoSecret] = (JSON.parse(kit.devVars.SITE_SECRETS) as Record<string, string[]>).demo;
    const refused = await kit.request(POLL, { token: sipToken(user(true), demoSecret) });
    assert.equal(refused.status, 401);
  });

  const php = spawnSync('php', ['--version']);
  const phpMissing = php.error !== undefined || php.status !== 0;
  // CI installs php-cli (.ci/provision.sh): only a developer's machine may skip.
  const skip = phpMissing && !process.env.CI ? 'no php CLI here (Debian: apt-get install php-cli)' : false;
  test('PHP: sip_token($user, $secret) vouches for a member who may vote', { skip }, async () => {
    const code = snippet('php', 'function sip_token');
    const iss = issuer(code);
    const file = join(folder, 'sip-token.php');
    writeFileSync(
      file,
      `<?php\n${code}\n$user = ['id' => 4218, 'name' => 'Grace Hopper', 'roles' => ['staff', 'member'], 'shareholder' => true];\necho sip_token($user, getenv('SIP_SECRET'));\n`,
    );
    const run = spawnSync('php', [file], {
      encoding: 'utf8',
      env: { ...process.env, SIP_SECRET: localSecret(iss) },
    });
    assert.equal(run.status, 0, run.stderr);
    const view = await pollAs(run.stdout.trim(), originOf(iss));
    assert.deepEqual(view.eligibility, { canVote: true, reason: null });
  });
});
