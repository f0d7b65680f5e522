import { fileURLToPath } from 'node:url';
import { isTypeScript } from '../core/process/sibling-module.ts';

let registered = false;

/**
 * Eleventy imports the site's TypeScript (content/*.11ty.ts and the layouts) itself. habar run
 * through tsx has tsx registered from its start; compiled (support/compiled-habar.ts) it has not,
 * and registers it here, before Eleventy is imported: tsx's hooks must come before the module
 * resolver Eleventy registers as it loads, as under `node --import tsx`.
 */
export async function letEleventyImportTypeScript(): Promise<void> {
  if (registered || isTypeScript(fileURLToPath(import.meta.url))) return;
  registered = true;
  const [{ register }, { register: registerCommonJs }] = await Promise.all([import('tsx/esm/api'), import('tsx/cjs/api')]);
  register();
  registerCommonJs();
}
