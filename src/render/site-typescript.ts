import { fileURLToPath } from 'node:url';
import { isTypeScript } from '../core/process/sibling-module.ts';

let registered = false;

/** Registers tsx in this process, once, for ES modules and CommonJS alike, as `node --import tsx` does. */
export async function registerTypeScript(): Promise<void> {
  if (registered) return;
  registered = true;
  const [{ register }, { register: registerCommonJs }] = await Promise.all([import('tsx/esm/api'), import('tsx/cjs/api')]);
  register();
  registerCommonJs();
}

/**
 * Eleventy imports the site's TypeScript (content/*.11ty.ts and the layouts) itself. habar run
 * through tsx has tsx registered from its start; compiled (support/compiled-habar.ts) it has not,
 * and registers it here, before Eleventy is imported, as under `node --import tsx`: a site root has
 * no package.json saying `"type": "module"`, and tsx loads its templates as ES modules (which
 * Eleventy expects of them) only for an importer tsx loaded itself, Eleventy's module loader.
 */
export async function letEleventyImportTypeScript(): Promise<void> {
  if (!isTypeScript(fileURLToPath(import.meta.url))) await registerTypeScript();
}
