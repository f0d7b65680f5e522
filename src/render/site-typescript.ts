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
 * Eleventy imports the site's TypeScript (content/*.11ty.ts, the layouts, .eleventy.ts) itself.
 * habar run through tsx has tsx registered from its start; compiled (support/compiled-habar.ts) it
 * has not, and registers it here, once Eleventy is loaded: Eleventy's own modules then load without
 * tsx's hooks, which cost a process some 0.4 s of processor time. The site's templates are ES modules
 * by the site root's package.json (`"type": "module"`, as habar's own), whoever imports them.
 */
export async function loadEleventy(): Promise<typeof import('@11ty/eleventy')> {
  const eleventy = await import('@11ty/eleventy');
  if (!isTypeScript(fileURLToPath(import.meta.url))) await registerTypeScript();
  return eleventy;
}
