import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { SHARD_DATA_KEY, type Shard } from '../site/shard.ts';

/** habar's own Eleventy config; every site root is built with it. */
export const CONFIG_PATH = fileURLToPath(new URL('../../.eleventy.ts', import.meta.url));
const SHARD_PROCESS = fileURLToPath(new URL('./render-shard.ts', import.meta.url));

/** Runs Eleventy for the site in the working directory into `output`. */
export async function renderInto(output: string, shard?: Shard): Promise<void> {
  const eleventy = new Eleventy(undefined, output, {
    configPath: CONFIG_PATH,
    quietMode: true,
    config: (eleventyConfig: { addGlobalData(name: string, data: unknown): void }) => {
      if (shard) eleventyConfig.addGlobalData(SHARD_DATA_KEY, shard);
    },
  });
  await eleventy.write();
}

/**
 * Renders with `processes` Eleventy processes at once, this one included, each writing its share of
 * the article pages into `output` (this one also the list pages): Eleventy renders on one core, and
 * its cost per page, not I/O, is what a large build spends its time on.
 */
export async function renderInParallel(output: string, processes: number): Promise<void> {
  const shards = Array.from({ length: processes }, (_, index): Shard => ({ index, count: processes }));
  const [own, ...helpers] = await Promise.allSettled([
    renderInto(output, shards[0]),
    ...shards.slice(1).map((shard) => renderInChild(output, shard)),
  ]);
  for (const result of [own!, ...helpers]) if (result.status === 'rejected') throw result.reason;
}

function renderInChild(output: string, shard: Shard): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(SHARD_PROCESS, [output, String(shard.index), String(shard.count)], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.resume();
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`an Eleventy helper process failed:\n${stderr}`))));
  });
}
