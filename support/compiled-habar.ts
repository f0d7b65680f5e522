import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Esbuild from 'esbuild';
import { HABAR_INPUTS } from '../src/core/code-version.ts';
import { tsxLoader } from '../src/core/process/fork-module.ts';
import { COMPILE_REGEXPS_ONCE } from '../src/core/process/regexp-compile.ts';
import { runAsScript } from './run-as-script.ts';
import { keepSources, type SourceMap } from './source-map-trim.ts';
import { hashInputs, publishFolder } from './shared-folder.ts';

const projectRoot = join(import.meta.dirname, '..');

/** What the compiled code is made from, this file (the compiler's options) included. */
const INPUTS = [...HABAR_INPUTS, 'tsconfig.json', 'support/compiled-habar.ts', 'support/source-map-trim.ts'];

/** Compiled copies, one folder per hash of INPUTS; beside the project root's site caches (.cache/habar, .cache/img). */
const COMPILED_DIR = join(projectRoot, '.cache/compiled');

/**
 * The folder of habar compiled to JavaScript, for the tests' habar processes and in-process builds:
 * each then loads habar without tsx's hooks, which cost a process some 0.4 s of processor time (the
 * site's TypeScript goes through hooks of habar's own, cached in the copy's folder,
 * src/render/site-typescript.ts). Stack traces name the TypeScript lines, as under tsx. The copy is found by the hash of its sources, taken at
 * every call, so it is never older than they are; the first call after a change compiles it (in a
 * child process: esbuild runs plugins asynchronously only).
 */
function compiledHabar(): string {
  const dir = join(COMPILED_DIR, hashInputs(INPUTS));
  if (!existsSync(dir)) {
    const run = spawnSync(process.execPath, ['--import', tsxLoader, import.meta.filename, dir], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`compiling habar into ${dir} failed:\n${run.stderr}`);
  }
  return dir;
}

/**
 * The command line of habar's CLI, compiled. `--no-regexp-tier-up` compiles each regular expression
 * once, to machine code, instead of first to bytecode and again on its second use: the source
 * parser's few hundred patterns, most of them over Unicode letter classes, then cost a process
 * some 0.1–0.2 s less processor time (`habar check` of three sources: 0.65 → 0.49 s).
 */
export function compiledHabarCommand(): string[] {
  return [process.execPath, '--enable-source-maps', COMPILE_REGEXPS_ONCE, join(compiledHabar(), 'src/cli/main.js')];
}

/** The compiled copy of one of habar's modules (`src/….ts`), for a child process that runs one stage of it. */
export function compiledModule(path: string): string {
  if (!LOADED_BY_TESTS.includes(path)) throw new Error(`${path} is not in LOADED_BY_TESTS of support/compiled-habar.ts: add it there to load it compiled`);
  return join(compiledHabar(), path.replace(/\.ts$/u, '.js'));
}

/** The modules tests load from the compiled copy (compiledModule). */
const LOADED_BY_TESTS = ['src/build/build.ts', 'src/core/paths.ts', 'src/core/settings/settings.ts', 'src/render/render.ts', 'src/ingest/sync.ts'];

/**
 * The modules a compiled copy starts from: the CLI, those habar starts by path (each
 * `siblingModule(import.meta.url, '…')` in src/: a worker thread, a child process, module hooks,
 * Eleventy's config) and LOADED_BY_TESTS.
 */
function entryModules(): string[] {
  const sources = readdirSync(join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.ts'));
  const started = sources.flatMap((path) => [...readFileSync(join(projectRoot, 'src', path), 'utf8').matchAll(/siblingModule\(import\.meta\.url, '([^']+)'\)/gu)]
    .map(([, sibling]) => relative(projectRoot, join(projectRoot, 'src', dirname(path), `${sibling!}.ts`))));
  return [...new Set(['src/cli/main.ts', ...started, ...LOADED_BY_TESTS])];
}

/**
 * Packages left to Node, not bundled: native code or binaries found beside their package (sharp,
 * esbuild, pagefind, fsevents), tsx (a loader, started by path), the preview's dev server, which
 * is not strict-mode code, and eleventy-img, CommonJS that lead-photo.ts imports dynamically for
 * its named exports (a bundle's dynamic import of CommonJS gives only `default`); it loads with
 * the first photo only; and luxon, whose clock a test sets from a module preloaded into the process
 * (tests/helpers/late-evening.mjs): one copy of it, the package's.
 */
const UNBUNDLED = new Set(['sharp', 'esbuild', 'pagefind', 'fsevents', 'tsx', '@11ty/eleventy-dev-server', '@11ty/eleventy-img', 'luxon']);

const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * Compiles src/ and .eleventy.ts into `dir`, with the esbuild and options tsx uses, bundled with
 * their dependencies, Eleventy's included: a process then opens some 100 module files instead of
 * some 700, which spares it a quarter of its processor time (a 3-article build: 1.5 → 1.1 s).
 * Each entry module (entryModules) is at its own path, `src/….js`, and what several share is in
 * `chunks/` (esbuild's code splitting): a module runs once however many entries import it, so
 * an in-process build and the Eleventy config it loads share its state. `import.meta.url` (and `dirname`, `filename`) in each module is
 * the URL it had as a file of its own, the compiled copy's for habar's modules and the package's
 * for a dependency's: paths found beside a module, or a module started by path, are those Node
 * would find unbundled. `require` in a bundled CommonJS module is Node's. Written beside `dir`
 * and put in place by publishFolder.
 */
async function compile(dir: string): Promise<void> {
  const esbuild = createRequire(tsxLoader)('esbuild') as typeof Esbuild;
  const draft = `${dir}.${process.pid}`;
  const habarModule = (path: string) => path === join(projectRoot, '.eleventy.ts') || (path.startsWith(join(projectRoot, 'src/')) && path.endsWith('.ts'));
  // What import.meta says in a module that was the file `asFile`.
  const metaOf = (asFile: string) => ({
    'import.meta.url': JSON.stringify(pathToFileURL(asFile).href),
    'import.meta.dirname': JSON.stringify(dirname(asFile)),
    'import.meta.filename': JSON.stringify(asFile),
  });
  const withMeta = (text: string, meta: Record<string, string>) => Object.entries(meta).reduce((code, [name, value]) => code.replaceAll(name, value), text);
  const { outputFiles } = await esbuild.build({
    entryPoints: entryModules().map((path) => join(projectRoot, path)),
    outdir: draft,
    outbase: projectRoot,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node}`,
    tsconfig: join(projectRoot, 'tsconfig.json'),
    banner: { js: `import { createRequire as habarCreateRequire } from 'node:module'; const require = habarCreateRequire(import.meta.url);` },
    sourcemap: 'inline',
    sourcesContent: false,
    minifyWhitespace: true,
    keepNames: true,
    logLevel: 'error',
    write: false,
    plugins: [{
      name: 'bundle-with-file-urls',
      setup(build) {
        build.onResolve({ filter: /^[^./]/ }, ({ path }) => (path.startsWith('node:') || UNBUNDLED.has(packageOf(path)) ? { path, external: true } : undefined));
        build.onLoad({ filter: /\.(ts|js|mjs)$/ }, ({ path }) => {
          if (habarModule(path)) {
            const asFile = join(dir, relative(projectRoot, path)).replace(/\.ts$/u, '.js');
            return { contents: withMeta(readFileSync(path, 'utf8'), metaOf(asFile)), loader: 'ts' };
          }
          if (!path.includes('/node_modules/')) return undefined;
          const text = readFileSync(path, 'utf8');
          return text.includes('import.meta') ? { contents: withMeta(text, metaOf(path)), loader: 'js' } : undefined;
        });
      },
    }],
  });
  for (const { path, text } of outputFiles) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, withHabarMapsOnly(text));
  }
  publishFolder(draft, dir);
}

const INLINE_MAP = /\n\/\/# sourceMappingURL=data:application\/json;base64,(\S+)\n?$/u;

/**
 * `code` with its inline source map cut to habar's own modules (support/source-map-trim.ts): a
 * process parses a small part of the mappings (a 3-article build: 1.12 → 1.06 s processor time).
 */
function withHabarMapsOnly(code: string): string {
  const inline = INLINE_MAP.exec(code);
  if (!inline) return code;
  const map = keepSources(JSON.parse(Buffer.from(inline[1]!, 'base64').toString('utf8')) as SourceMap, (source) => !source.includes('/node_modules/'));
  return `${code.slice(0, inline.index)}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
}

runAsScript(import.meta.url, () => {
  const dir = process.argv[2]!;
  mkdirSync(dirname(dir), { recursive: true });
  compile(dir).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
});
