// tier: slow (builds with Eleventy in the test's own process)
import { register as loadCommonJsTypeScript } from 'tsx/cjs/api';
import { register as loadTypeScript } from 'tsx/esm/api';
import { buildSite, type BuildResult } from '../../src/build/build.ts';
import { sitePaths } from '../../src/core/paths.ts';
import { loadSettings } from '../../src/core/settings/settings.ts';
import { renderSeveralSitesInThisProcess } from '../../src/render/render.ts';

let prepared = false;

/**
 * What `habar build` does for the site at `root`, in the test's own process: for a reference build
 * (a clean one to compare with), which saves the two seconds a habar process spends loading its
 * modules. `env` holds the settings' environment overrides. Tests of the command itself run it in a
 * process of its own (support/cli.ts).
 */
export async function buildInProcess(root: string, env: Record<`HABAR_${string}`, string> = {}): Promise<BuildResult> {
  // Eleventy imports the config and the templates itself, TypeScript as they are, as under `node --import tsx`.
  if (!prepared) {
    loadTypeScript();
    loadCommonJsTypeScript();
    renderSeveralSitesInThisProcess();
    prepared = true;
  }
  const cwd = process.cwd();
  // Eleventy builds the site in the working directory, as the command's does (main.ts).
  process.chdir(root);
  try {
    return await buildSite(sitePaths(root), loadSettings(root, { ...process.env, ...env }));
  } finally {
    process.chdir(cwd);
  }
}
