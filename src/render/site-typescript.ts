import { register } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isTypeScript, siblingModule } from '../core/process/sibling-module.ts';
import type { HooksData } from './typescript-hooks.ts';

let registered = false;

/** Registers the module hooks of typescript-hooks.ts (`hooks`, compiled), once, with their cache in `cacheDir`. */
function registerTypeScriptHooks(hooks: string, cacheDir: string): void {
  if (registered) return;
  registered = true;
  register(pathToFileURL(hooks), { data: { cacheDir } satisfies HooksData });
}

/**
 * Eleventy imports the site's TypeScript (content/*.11ty.ts, the layouts, .eleventy.ts) itself.
 * habar run through tsx has tsx registered from its start. Compiled (support/compiled-habar.ts), it
 * loads its own `.eleventy.js`, and registers for the templates, once Eleventy's modules have loaded
 * without any hooks, hooks of its own instead of tsx: they keep each template transformed in the
 * compiled copy's folder, so a process whose templates are there loads neither tsx nor esbuild,
 * which cost it some 0.27 s of processor time. The site's templates are ES modules by the site
 * root's package.json (`"type": "module"`, as habar's own), whoever imports them.
 */
export async function loadEleventy(): Promise<typeof import('@11ty/eleventy')> {
  const eleventy = await import('@11ty/eleventy');
  if (!isTypeScript(fileURLToPath(import.meta.url))) {
    registerTypeScriptHooks(siblingModule(import.meta.url, './typescript-hooks'), fileURLToPath(new URL('../../site-typescript/', import.meta.url)));
  }
  return eleventy;
}
