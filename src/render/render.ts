/**
 * Stage 6, render: the one contact surface with Eleventy. The runner (this file), the plugin that
 * hands Eleventy the index and the filters templates use, and the preview's dev server. Pages are
 * written in runs of a bounded size into a folder the build chooses.
 */
import type Eleventy from '@11ty/eleventy';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { namingFolder } from '../core/file-errors.ts';
import { faultPoint } from '../core/process/fault-injection.ts';
import { siblingModule } from '../core/process/sibling-module.ts';
import { pagesInRuns, pagesToWrite, type PagesToWrite } from './pages-to-write.ts';
import type { ReadRecorder } from './page-reads.ts';
import { supplyIndex } from './plugin.ts';
import type { ReaderIndex } from '../index/reader-index.ts';
import type { RenderedBodies } from '../index/body/rendered-bodies.ts';
import type { BuildSettings } from '../core/settings/settings.ts';
import { pagesWritten, quietBenchmarks } from './eleventy-internals.ts';
import { loadEleventy } from './site-typescript.ts';

/** habar's own Eleventy config; every site root is built with it. */
export const CONFIG_PATH = siblingModule(import.meta.url, '../../.eleventy');

/**
 * Pages per Eleventy run in a full build. Eleventy keeps every page of a run in memory (some
 * 25 KB each here) until the run ends; in runs of this size a 100k-article archive needs little
 * more memory than a 10k one.
 */
export const PAGES_PER_RUN = 2000;

export interface RenderOptions {
  /** Which pages of the index to write; all by default. */
  pages?: PagesToWrite;
  pagesPerRun?: number;
  /** The bodies the search threads render as HTML, taken instead of rendering them again. */
  rendered?: RenderedBodies;
  /** Records what each page written reads of the index. */
  reads?: ReadRecorder;
}

/**
 * Runs Eleventy for the site in the working directory into `output`: the `pages` of `index`, with
 * the build's `settings`. Returns how many pages it wrote.
 */
export async function renderInto(
  output: string,
  settings: BuildSettings,
  index: ReaderIndex,
  { pages = pagesToWrite(index), pagesPerRun = PAGES_PER_RUN, rendered, reads }: RenderOptions = {},
): Promise<number> {
  const runner = new EleventyRunner(output, () => settings, () => index, { rendered, reads });
  // The feeds, written last, ask again for bodies their articles' pages took.
  rendered?.expectAgain(pages.feeds.flatMap((feed) => feed.entries.map((entry) => entry.file)));
  let written = 0;
  for (const run of pagesInRuns(pages, pagesPerRun)) {
    written += await runner.write(run);
    faultPoint('render:run');
  }
  return written;
}

let templateCache = true;

/**
 * For a process that builds more than one site root (a test that builds its reference site in its
 * own process): Eleventy keeps layouts and compiled templates process-wide, keyed by paths relative
 * to the site root, so a later root would be rendered with an earlier one's layouts and filters.
 * After this call each Eleventy run reads its templates afresh, as Eleventy advises for its
 * programmatic API (`setUseTemplateCache(false)`).
 */
export function renderSeveralSitesInThisProcess(): void {
  templateCache = false;
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
    private readonly settings: () => BuildSettings,
    private readonly index: () => ReaderIndex,
    private readonly options: Pick<RenderOptions, 'rendered' | 'reads'> = {},
  ) {}

  /** Writes `pages`; returns how many Eleventy wrote. */
  async write(pages: PagesToWrite): Promise<number> {
    const { rendered, reads } = this.options;
    this.pending = reads ? reads.track(pages) : pages;
    if (!this.eleventy) {
      // Loaded for the first run, not with this module: a build stopped at a bad source never loads it.
      const { default: EleventyBuild } = await loadEleventy();
      leaveEarlyCopyFailuresToWrite();
      this.eleventy = new EleventyBuild(undefined, this.output, {
        configPath: CONFIG_PATH,
        quietMode: true,
        config: (eleventyConfig: UserConfig) => {
          quietBenchmarks(eleventyConfig);
          if (!templateCache) eleventyConfig.setUseTemplateCache(false);
          supplyIndex(eleventyConfig, this.settings, this.index, () => this.pending!, { bodies: rendered, reads });
        },
      });
      // habar reports problems itself (report.ts); Eleventy's log would add a stack trace to an editor's mistake.
      this.eleventy.disableLogger();
    } else {
      await this.eleventy.restart();
      await this.eleventy.init();
    }
    const written = pagesWritten(await this.eleventy.write().catch((error: unknown) => Promise.reject(namingFolder(error, this.output))));
    reads?.endRun();
    return written;
  }
}

let copyFailuresLeft = false;

/**
 * Eleventy starts copying the passthrough files (the assets), then awaits the list of templates
 * before it handles that copy's failure: a copy that fails at once (into a folder that cannot be
 * created, or on a full disk) is an unhandled rejection for that moment, which ends Node with a
 * stack trace. The same error reaches the caller through `write()` right after, so this one
 * rejection is left to it; any other still ends the process.
 */
function leaveEarlyCopyFailuresToWrite(): void {
  if (copyFailuresLeft) return;
  copyFailuresLeft = true;
  process.on('unhandledRejection', (reason) => {
    if ((reason as Error | undefined)?.name !== 'TemplatePassthroughManagerCopyError') throw reason;
  });
}
