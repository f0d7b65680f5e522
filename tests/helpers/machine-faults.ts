// tier: slow (builds sites with habar)
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { recordCopiedOutput } from '../../src/build/incremental/last-build.ts';
import { sitePaths, type SitePaths } from '../../src/core/paths.ts';
import { habarCommand, problemLines } from '../../support/cli.ts';
import { snapshotTree } from '../../support/site.ts';
import { buildGoodSite } from './good-site.ts';

// Faults of the machine rather than of the content (tests/cli/faults-*.test.ts): each must end the
// build within 60 s with one line naming what failed, exit code 1, and the last built site as it was.
export const LIMIT_MS = 60_000;
export const STOPPED = 'Build stopped; the last built site was left as it was.';

export interface Run {
  code: number | null;
  stderr: string;
  milliseconds: number;
}

/** `habar ARGS` in `cwd`, stopped if it runs past the limit. */
export function habarWithin60s(cwd: string, args: string[], options: SpawnSyncOptions = {}): Run {
  const [command, ...rest] = habarCommand(args);
  const started = Date.now();
  const result = spawnSync(command!, rest, { cwd, encoding: 'utf8', timeout: LIMIT_MS, ...options });
  return { code: result.status, stderr: String(result.stderr), milliseconds: Date.now() - started };
}

export const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Call at the top of a test file: a good site of nine articles, built once for the file, with
 * `siteAt(root)`, a copy of it at `root` whose next `habar build` updates it (its record holds, as
 * a copySite's), and `expectStopped`.
 */
export function goodSiteForFaults() {
  let built: { root: string; cleanup(): void };
  let lastGood: Map<string, string>;
  beforeAll(async () => {
    ({ built, lastGood } = await buildGoodSite(9));
  });
  afterAll(() => built.cleanup());
  return {
    /** The good site's root, to copy. */
    root: () => built.root,
    siteAt(root: string): SitePaths {
      cpSync(built.root, root, { recursive: true });
      const site = sitePaths(root);
      recordCopiedOutput(sitePaths(built.root), site);
      return site;
    },
    /** One line matching `line`, exit code 1, within the limit; the last built site intact and no half-built folder left beside it. */
    expectStopped(run: Run, site: SitePaths, line: RegExp): void {
      expect(run.milliseconds).toBeLessThan(LIMIT_MS);
      expect(problemLines(run.stderr)).toEqual([expect.stringMatching(line)]);
      expect(run.code).toBe(1);
      expect(snapshotTree(site.output)).toEqual(lastGood);
      expect(readdirSync(site.root).filter((name) => /^_site\./.test(name))).toEqual([]);
    },
  };
}
