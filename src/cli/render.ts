import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { pagesToWrite } from '../site/pages-to-write.ts';
import { supplyIndex } from '../site/plugin.ts';
import type { ReaderIndex } from '../site/reader-index.ts';
import { quietBenchmarks } from './quiet-benchmarks.ts';

/** habar's own Eleventy config; every site root is built with it. */
export const CONFIG_PATH = fileURLToPath(new URL('../../.eleventy.ts', import.meta.url));

/** Runs Eleventy for the site in the working directory into `output`, every page of `index`. */
export async function renderInto(output: string, index: ReaderIndex): Promise<void> {
  const eleventy = new Eleventy(undefined, output, {
    configPath: CONFIG_PATH,
    quietMode: true,
    config: (eleventyConfig: UserConfig) => {
      quietBenchmarks(eleventyConfig);
      supplyIndex(eleventyConfig, () => index, () => pagesToWrite(index));
    },
  });
  // habar reports problems itself (report.ts); Eleventy's log would add a stack trace to an editor's mistake.
  eleventy.disableLogger();
  await eleventy.write();
}
