// tier: slow (builds with Eleventy in the test's own process)
import { buildSite, type BuildResult } from '../../src/build/build.ts';
import { sitePaths } from '../../src/core/paths.ts';
import { loadSettings } from '../../src/core/settings/settings.ts';
import { renderSeveralSitesInThisProcess } from '../../src/render/render.ts';
import { registerTypeScriptHooks } from '../../src/render/site-typescript.ts';
import { compiledModule, compiledTypeScriptCache } from '../../support/compiled-habar.ts';

let prepared = false;

/**
 * What `habar build` does for the site at `root`, in the test's own process: for a build that only
 * sets a case up or is the clean one its output is compared with. A habar process spends some 1.5 s
 * of processor time loading its modules (Eleventy's through tsx); a worker that has loaded them once
 * does not. `env` holds the settings' environment overrides (HABAR_*). The build a case is about
 * runs as a habar process (support/cli.ts).
 */
export async function buildInProcess(root: string, env: Record<`HABAR_${string}`, string> = {}): Promise<BuildResult> {
  // Eleventy imports the config (and through it habar's modules) and the templates itself, TypeScript
  // as they are: through the hooks compiled habar uses for templates, with its cache, not tsx, which
  // would load tsx and esbuild in the worker.
  if (!prepared) {
    registerTypeScriptHooks(compiledModule('src/render/typescript-hooks.ts'), compiledTypeScriptCache());
    renderSeveralSitesInThisProcess();
    prepared = true;
  }
  const cwd = process.cwd();
  // Eleventy builds the site in the working directory, as the command's does (main.ts); vitest's
  // workers are processes (its default pool, forks), which may change it.
  process.chdir(root);
  try {
    return await buildSite(sitePaths(root), loadSettings(root, { ...process.env, ...env }));
  } finally {
    process.chdir(cwd);
  }
}
