import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { pagesInRuns, type PagesToWrite } from '../site/pages-to-write.ts';
import { supplyIndex } from '../site/plugin.ts';
import type { ReaderIndex } from '../site/reader-index.ts';
import { quietBenchmarks } from './quiet-benchmarks.ts';

/** habar's own Eleventy config; every site root is built with it. */
export const CONFIG_PATH = fileURLToPath(new URL('../../.eleventy.ts', import.meta.url));

/**
 * Pages per Eleventy run in a full build. Eleventy keeps every page of a run in memory (some
 * 25 KB each here) until the run ends; in runs of this size a 100k-article archive needs little
 * more memory than a 10k one.
 */
export const PAGES_PER_RUN = 5000;

export interface RenderOptions {
  pagesPerRun: number;
  /** Called after each run with the pages it wrote. */
  onRun(pages: PagesToWrite): void;
}

/** Runs Eleventy for the site in the working directory into `output`, every page of `index`. */
export async function renderInto(output: string, index: ReaderIndex, options: Partial<RenderOptions> = {}): Promise<void> {
  const runner = new EleventyRunner(output, () => index);
  for (const pages of pagesInRuns(index, options.pagesPerRun ?? PAGES_PER_RUN)) {
    await runner.write(pages);
    options.onRun?.(pages);
  }
}

/**
 * One Eleventy instance for several runs, as its watch mode does (restart, init, write): the
 * config, templates and layouts stay loaded; each run writes the pages it is given.
 */
export class EleventyRunner {
  private eleventy: Eleventy | undefined;
  private pending: PagesToWrite | undefined;

  constructor(
    private readonly output: string,
    private readonly index: () => ReaderIndex,
  ) {}

  async write(pages: PagesToWrite): Promise<void> {
    this.pending = pages;
    if (!this.eleventy) {
      this.eleventy = new Eleventy(undefined, this.output, {
        configPath: CONFIG_PATH,
        quietMode: true,
        config: (eleventyConfig: UserConfig) => {
          quietBenchmarks(eleventyConfig);
          supplyIndex(eleventyConfig, this.index, () => this.pending!);
        },
      });
      // habar reports problems itself (report.ts); Eleventy's log would add a stack trace to an editor's mistake.
      this.eleventy.disableLogger();
    } else {
      await this.eleventy.restart();
      await this.eleventy.init();
    }
    await this.eleventy.write();
  }
}
