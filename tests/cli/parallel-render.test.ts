import { cpSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeFiles } from '../../bench/corpus-files.ts';
import { generateCorpus } from '../../bench/corpus.ts';
import { runHabar } from '../helpers/cli.ts';
import { differingFiles, makeSite } from '../helpers/site.ts';

// The same 30 sources built by one Eleventy process and by three, which split the article pages.
const settings = { perPage: 4 };
let single: ReturnType<typeof makeSite>;
let parallel: ReturnType<typeof makeSite>;
let singleResult: ReturnType<typeof runHabar>;
let parallelResult: ReturnType<typeof runHabar>;

beforeAll(() => {
  single = makeSite(settings);
  parallel = makeSite(settings);
  writeFiles(generateCorpus(30, 3), single.sources);
  cpSync(single.sources, parallel.sources, { recursive: true });
  singleResult = runHabar(single.root, ['build'], { HABAR_PROCESSES: '1' });
  parallelResult = runHabar(parallel.root, ['build'], { HABAR_PROCESSES: '3' });
});
afterAll(() => {
  single.cleanup();
  parallel.cleanup();
});

it('writes the same site as a single process, and counts every file once', () => {
  expect(singleResult.code).toBe(0);
  expect(parallelResult.code).toBe(0);
  expect(differingFiles(single.output, parallel.output)).toEqual([]);
  const count = (stdout: string) => /^Built (\d+) files/m.exec(stdout)?.[1];
  expect(count(parallelResult.stdout)).toBe(count(singleResult.stdout));
  expect(count(singleResult.stdout)).toBeDefined();
});
