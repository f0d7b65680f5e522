/**
 * Module hooks (`module.register`, src/render/site-typescript.ts) that load the site's TypeScript
 * (content/*.11ty.ts, the layouts) in habar compiled to JavaScript (support/compiled-habar.ts): each
 * `.ts` file transformed by the esbuild tsx uses, with tsx's options, and kept in `cacheDir` under a
 * hash of its name and bytes, so a process whose templates are all there never loads esbuild. tsx
 * itself costs such a process some 0.27 s of processor time (loading tsx and esbuild in the hooks'
 * thread). The folder is the compiled copy's own, made for one version of habar's code and
 * dependencies (esbuild's included), so the options and esbuild's version need no place in the key.
 * Runs in Node's hooks thread: it imports nothing of habar's.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire, type InitializeHook, type LoadHook } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Esbuild from 'esbuild';

export interface HooksData {
  cacheDir: string;
}

let cacheDir = '';

export const initialize: InitializeHook<HooksData> = (data) => {
  cacheDir = data.cacheDir;
};

/** A `file:` URL of a `.ts` file, whatever its query (Eleventy's `?_cache_bust=…`): ES modules, by the site root's package.json. */
export const load: LoadHook = async (url, context, nextLoad) => {
  if (!url.startsWith('file:') || !new URL(url).pathname.endsWith('.ts')) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const name = basename(path);
  const bytes = await readFile(path);
  const cached = join(cacheDir, `${createHash('sha256').update(`${name}\0`).update(bytes).digest('hex').slice(0, 32)}.js`);
  const source = await readFile(cached, 'utf8').catch(async () => {
    const code = await transform(bytes, path);
    mkdirSync(cacheDir, { recursive: true });
    const draft = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(draft, code);
    // Renamed into place: a process reading the cache never sees half a file.
    renameSync(draft, cached);
    return code;
  });
  return { format: 'module', source, shortCircuit: true };
};

/**
 * The options tsx gives esbuild. The source map names the file by its name alone, resolved against
 * the module's own URL, so one cached copy serves every site's file of the same bytes. A syntax
 * error is thrown as tsx throws it, a `TransformError` whose message says `path:line:column: ERROR: …`
 * (the CLI prints it as it is, src/cli/report.ts).
 */
async function transform(bytes: Buffer, path: string): Promise<string> {
  // tsx's own esbuild (import.meta.resolve is not there in the hooks' thread).
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild') as typeof Esbuild;
  const options: Esbuild.TransformOptions = {
    loader: 'ts',
    format: 'esm',
    target: `node${process.versions.node}`,
    sourcefile: basename(path),
    sourcemap: 'inline',
    sourcesContent: false,
    minifyWhitespace: true,
    keepNames: true,
  };
  const result = await esbuild.transform(bytes, options).catch((failure: Esbuild.TransformFailure) => {
    const lines = failure.errors.map(({ text, location }) => `${path}${location ? `:${location.line}:${location.column}` : ''}: ERROR: ${text}`);
    const error = new Error(`Transform failed with ${failure.errors.length} error${failure.errors.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    error.name = 'TransformError';
    throw error;
  });
  return result.code;
}
