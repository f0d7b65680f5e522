import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { quietBenchmarks } from './quiet-benchmarks.ts';

/** habar's own Eleventy config; every site root is built with it. */
export const CONFIG_PATH = fileURLToPath(new URL('../../.eleventy.ts', import.meta.url));

/** Runs Eleventy for the site in the working directory into `output`. */
export async function renderInto(output: string): Promise<void> {
  const eleventy = new Eleventy(undefined, output, { configPath: CONFIG_PATH, quietMode: true, config: quietBenchmarks });
  // habar reports problems itself (report.ts); Eleventy's log would add a stack trace to an editor's mistake.
  eleventy.disableLogger();
  await eleventy.write();
}
