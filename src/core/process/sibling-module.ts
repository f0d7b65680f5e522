import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The file of habar's module `relativePath` (no extension), beside the module at `moduleUrl`.
 * habar runs as TypeScript through tsx (`habar`, `npm run`), or as the JavaScript esbuild compiles
 * from it (the tests' habar processes, support/compiled-habar.ts): the module found has the
 * caller's own extension, so each copy of habar starts only its own modules.
 */
export function siblingModule(moduleUrl: string, relativePath: string): string {
  return fileURLToPath(new URL(`${relativePath}${extname(new URL(moduleUrl).pathname)}`, moduleUrl));
}

/** Whether `path` is one of habar's TypeScript modules, which Node loads only through tsx. */
export function isTypeScript(path: string): boolean {
  return path.endsWith('.ts');
}
