// tier: slow (builds with Eleventy in the test's own process)
import { pathToFileURL } from 'node:url';
import type { BuildResult } from '../../src/build/build.ts';
import { compiledModule } from '../../support/compiled-habar.ts';

interface CompiledHabar {
  build: typeof import('../../src/build/build.ts');
  paths: typeof import('../../src/core/paths.ts');
  settings: typeof import('../../src/core/settings/settings.ts');
}

let loaded: Promise<CompiledHabar> | undefined;

/**
 * habar's modules a build needs, compiled as its test processes run them (support/compiled-habar.ts)
 * and loaded by Node itself (vitest.config.ts leaves the compiled copy to it): Eleventy's config,
 * the search thread and the templates' module hooks are then those of compiled habar, with no tsx
 * in the worker or its threads, and no second copy of habar's modules beside vitest's.
 */
function compiledHabar(): Promise<CompiledHabar> {
  loaded ??= (async () => {
    const load = async <T>(module: string) => (await import(pathToFileURL(compiledModule(module)).href)) as T;
    const [build, paths, settings, render] = await Promise.all([
      load<CompiledHabar['build']>('src/build/build.ts'),
      load<CompiledHabar['paths']>('src/core/paths.ts'),
      load<CompiledHabar['settings']>('src/core/settings/settings.ts'),
      load<typeof import('../../src/render/render.ts')>('src/render/render.ts'),
    ]);
    render.renderSeveralSitesInThisProcess();
    return { build, paths, settings };
  })();
  return loaded;
}

/**
 * What `habar build` does for the site at `root`, in the test's own process: for a build that only
 * sets a case up or is the clean one its output is compared with. A habar process spends some 1.5 s
 * of processor time loading its modules; a worker that has loaded them once does not. `env` holds
 * the settings' environment overrides (HABAR_*). The build a case is about runs as a habar process
 * (support/cli.ts).
 */
export async function buildInProcess(root: string, env: Record<`HABAR_${string}`, string> = {}): Promise<BuildResult> {
  const { build, paths, settings } = await compiledHabar();
  const cwd = process.cwd();
  // Eleventy builds the site in the working directory, as the command's does (main.ts); vitest's
  // workers are processes (its default pool, forks), which may change it.
  process.chdir(root);
  try {
    return await build.buildSite(paths.sitePaths(root), settings.loadSettings(root, { ...process.env, ...env }));
  } finally {
    process.chdir(cwd);
  }
}
