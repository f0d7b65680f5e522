// tier: slow (runs habar in a child process)
import { spawn, spawnSync } from 'node:child_process';
import { tsxLoader } from '../src/core/process/fork-module.ts';
import { compiledHabarCommand } from './compiled-habar.ts';

export interface CliResult {
  code: number | null;
  /** The signal that ended the process, if one did. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The command line that runs `habar ARGS`, for tests that need to control the process themselves:
 * habar compiled to JavaScript from the current sources (support/compiled-habar.ts).
 */
export function habarCommand(args: string[]): string[] {
  return [...compiledHabarCommand(), ...args];
}

/** The command line that runs a TypeScript file of the project with Node, through tsx. */
export function scriptCommand(script: string, args: string[]): string[] {
  return [process.execPath, '--import', tsxLoader, script, ...args];
}

/** Runs `habar ARGS` in `cwd` as an editor would: a real process, real Eleventy, real files. */
export function runHabar(cwd: string, args: string[], env: Record<string, string> = {}): CliResult {
  const [command, ...rest] = habarCommand(args);
  const result = spawnSync(command!, rest, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/**
 * stderr lines other than Eleventy's timing notes: Eleventy 3.1 warns when a filter takes over 8% of
 * a build (the 1 MB paragraph of the hostile corpus does) even in quiet mode. Those are not problems.
 */
export function problemLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('[11ty] Benchmark'));
}

// A source's warning: the article was published, and the editor is told what to fix in the source.
const SOURCE_WARNING = /^content\/sources\/[^:]+:\d+: warning: /;

/** problemLines but the sources' warnings: for a build of the fixtures, some of which publish with one. */
export function failureLines(stderr: string): string[] {
  return problemLines(stderr).filter((line) => !SOURCE_WARNING.test(line));
}

export interface RunningHabar {
  /** Everything printed so far, stdout and stderr interleaved. */
  output(): string;
  /**
   * Resolves with the first match of `pattern` in the output, waiting up to `timeoutMs`; with
   * `after` (a length of output() taken earlier), in what was printed since.
   */
  waitFor(pattern: RegExp, options?: number | { after?: number; timeoutMs?: number }): Promise<RegExpMatchArray>;
  stop(): Promise<void>;
}

/** Starts a long-running `habar ARGS` (the preview) in `cwd`; stop() ends that process only. */
export function startHabar(cwd: string, args: string[], env: Record<string, string> = {}): RunningHabar {
  const [command, ...rest] = habarCommand(args);
  const child = spawn(command!, rest, { cwd, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    output: () => output,
    async waitFor(pattern, options = {}) {
      const { after = 0, timeoutMs = 60_000 } = typeof options === 'number' ? { timeoutMs: options } : options;
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = pattern.exec(output.slice(after));
        if (match) return match;
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`no ${pattern} in the output:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
