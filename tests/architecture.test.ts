// tier: slow
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/site.ts';

describe('the stages', () => {
  it('imports follow the flow, with no circle, Eleventy only in render/ and tests apart from bench (dependency-cruiser)', () => {
    const cruiser = join(projectRoot, 'node_modules/.bin/depcruise');
    const run = spawnSync(cruiser, ['src', 'support', 'tests', 'bench', '.eleventy.ts', 'content', 'layouts', '--output-type', 'err'], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.stdout + run.stderr, 'violations of .dependency-cruiser.cjs').toContain('no dependency violations found');
    expect(run.status).toBe(0);
  });

  it('CONTRIBUTING.md lists every folder of src/, in the order of .dependency-cruiser.cjs, and each main file opens with what its stage does', () => {
    const rows = [...readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8').matchAll(/^\| `src\/([a-z]+)\/` \| `([^`]+)` \|/gmu)];
    const listed = rows.map(([, folder]) => folder);
    const folders = readdirSync(join(projectRoot, 'src'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect([...listed].sort()).toEqual(folders.sort());
    const order = /const STAGES = \[([^\]]+)\]/u.exec(readFileSync(join(projectRoot, '.dependency-cruiser.cjs'), 'utf8'))![1]!.match(/[a-z]+/gu);
    expect(listed).toEqual(order);
    for (const [, folder, main] of rows) {
      const text = readFileSync(join(projectRoot, 'src', folder!, main!), 'utf8');
      expect(text, `src/${folder}/${main}`).toMatch(/^\/\*\*\n \* \S[^]*?\n \*\/\n/u);
    }
  });
});
