// tier: slow (runs bin/habar.js and npx in child processes)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource, makeSite, projectRoot, source } from '../../support/site.ts';

const bin = join(projectRoot, 'bin/habar.js');

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

let site: ReturnType<typeof makeSite>;

beforeAll(() => {
  site = makeSite();
  addSource(site, '2026-01-05-park.txt', source('2026-01-05', 'В Астане открылся новый парк', 'Парк открылся у реки, сообщает Kazinform.', '#Астана'));
  // The site's own scripts call habar as a site that depends on it would.
  writeFileSync(join(site.root, 'package.json'), JSON.stringify({
    private: true,
    scripts: { build: `node ${JSON.stringify(bin)} build`, start: `node ${JSON.stringify(bin)} start` },
  }));
});
afterAll(() => site.cleanup());

describe('the habar executable', () => {
  it('npx habar runs it in the project', () => {
    const result = run('npx', ['--no-install', 'habar', '--help'], projectRoot);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: habar <command>/);
  });

  it('run from a folder inside a site, it works on the whole site: checks its sources, builds into its _site/', () => {
    // The whole outcome at once: a process that printed nothing says how it ended.
    expect(run(bin, ['check'], site.sources)).toEqual({ code: 0, signal: null, stdout: 'Checked 1 source: 0 errors, 0 warnings, 0 clutter lines skipped\n', stderr: '' });

    const built = run(bin, ['build'], join(site.root, 'content/_data'), { HABAR_TODAY: '2026-01-06' });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(readFileSync(join(site.output, '2026/01/v-astane-otkrylsya-noviy-park/index.html'), 'utf8')).toContain('В Астане открылся новый парк');
    expect(readdirSync(join(site.root, 'content/_data'))).toEqual(['site.json']);
  });
});

describe('flags npm keeps for itself', () => {
  it.each([
    [['run', 'build', '--drafts'], 'habar: npm kept --drafts for itself; run npm run build -- --drafts'],
    [['run', 'build', '--full', '--drafts'], 'habar: npm kept --drafts --full for itself; run npm run build -- --drafts --full'],
    [['start', '--port', '8081'], 'habar: npm kept --port 8081 for itself; run npm run start -- --port 8081'],
    [['start', '--port=8081'], 'habar: npm kept --port 8081 for itself; run npm run start -- --port 8081'],
    [['run', 'build', '--draft'], 'habar: npm kept --draft for itself, and habar has no such option; did you mean npm run build -- --drafts?'],
  ])('npm %j stops with the command line that passes them on, and does nothing', (args, line) => {
    const copy = makeSite();
    try {
      writeFileSync(join(copy.root, 'package.json'), readFileSync(join(site.root, 'package.json')));
      const result = run('npm', ['--silent', ...args], copy.root);
      expect(result.stderr.split('\n').filter((text) => text.startsWith('habar:')), result.stderr).toEqual([line]);
      expect(result.code).toBe(1);
      expect(existsSync(copy.output)).toBe(false);
    } finally {
      copy.cleanup();
    }
  });

  it('with `--` npm passes them on', () => {
    const result = run('npm', ['--silent', 'run', 'build', '--', '--drafts', '--help'], site.root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: habar build/);
  });
});
