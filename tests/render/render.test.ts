import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { generateCorpus } from '../../support/corpus/corpus.ts';
import { writeFiles } from '../../support/corpus/corpus-files.ts';
import { runHabar, scriptCommand } from '../../support/cli.ts';
import { differingFiles, makeSite, projectRoot } from '../../support/site.ts';

it('a build in several Eleventy runs writes the same site as one run', () => {
  const site = makeSite({ perPage: 3 });
  try {
    writeFiles(generateCorpus(12, 3), site.sources);
    expect(runHabar(site.root, ['build']).code).toBe(0);
    rmSync(join(site.output, 'pagefind'), { recursive: true });
    const inRuns = join(site.root, '_site.runs');
    // 12 articles, 4 home pages, tag and archive pages, feeds: a dozen runs of 5 pages.
    const [node, ...args] = scriptCommand(join(projectRoot, 'tests/helpers/render-in-runs.ts'), [site.root, inRuns, '5']);
    const run = spawnSync(node!, args, { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(differingFiles(site.output, inRuns)).toEqual([]);
  } finally {
    site.cleanup();
  }
});
