import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type * as Esbuild from 'esbuild';
import { HABAR_INPUTS } from '../src/core/code-version.ts';
import { tsxLoader } from '../src/core/process/fork-module.ts';
import { runAsScript } from './run-as-script.ts';
import { hashInputs, publishFolder } from './shared-folder.ts';

const projectRoot = join(import.meta.dirname, '..');

/** What the compiled code is made from, this file (the compiler's options) included. */
const INPUTS = [...HABAR_INPUTS, 'tsconfig.json', 'support/compiled-habar.ts'];

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
  return [process.execPath, '--enable-source-maps', '--no-regexp-tier-up', join(compiledHabar(), 'src/cli/main.js')];
}

/** The compiled copy of one of habar's modules (`src/….ts`), for a child process that runs one stage of it. */
export function compiledModule(path: string): string {
  return join(compiledHabar(), path.replace(/\.ts$/u, '.js'));
}

/**
 * Compiles src/ and .eleventy.ts into `dir`, module for module, as tsx transforms them (the same
 * esbuild, tsx's options): imports of habar's modules name the compiled `.js` files, anything
 * else stays where it is. Written beside `dir` and put in place by publishFolder.
 */
async function compile(dir: string): Promise<void> {
  const esbuild = createRequire(tsxLoader)('esbuild') as typeof Esbuild;
  const compiled = (path: string) => path === join(projectRoot, '.eleventy.ts') || (path.startsWith(join(projectRoot, 'src/')) && path.endsWith('.ts'));
  const entryPoints = readdirSync(join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' })
    .map((path) => join(projectRoot, 'src', path))
    .filter(compiled)
    .concat(join(projectRoot, '.eleventy.ts'));
  const draft = `${dir}.${process.pid}`;
  await esbuild.build({
    entryPoints,
    outdir: draft,
    outbase: projectRoot,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node}`,
    tsconfig: join(projectRoot, 'tsconfig.json'),
    sourcemap: 'inline',
    sourcesContent: false,
    minifyWhitespace: true,
    keepNames: true,
    logLevel: 'error',
    plugins: [{
      name: 'module-for-module',
      setup(build) {
        build.onResolve({ filter: /.*/ }, ({ kind, path, resolveDir, importer }) => {
          if (kind === 'entry-point') return undefined;
          if (!path.startsWith('.')) return { path, external: true };
          const target = join(resolveDir, path);
          // Relative to the compiled importer: its own compiled copy, or the project's file as it is.
          const from = join(draft, relative(projectRoot, dirname(importer)));
          const to = compiled(target) ? join(draft, relative(projectRoot, target)).replace(/\.ts$/u, '.js') : target;
          return { path: `./${relative(from, to)}`, external: true };
        });
      },
    }],
  });
  publishFolder(draft, dir);
}

runAsScript(import.meta.url, () => {
  const dir = process.argv[2]!;
  mkdirSync(dirname(dir), { recursive: true });
  compile(dir).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
});
