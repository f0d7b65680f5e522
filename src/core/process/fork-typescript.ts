import { fork, type ChildProcess, type ForkOptions } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** tsx's loader, for `node --import` in any process that runs habar's TypeScript. */
export const tsxLoader = pathToFileURL(join(import.meta.dirname, '../../../node_modules/tsx/dist/loader.mjs')).href;

/** Starts one of habar's TypeScript modules in a child process with an IPC channel, loaded by tsx as `npm run` does. */
export function forkTypeScript(modulePath: string, args: string[], options: ForkOptions = {}): ChildProcess {
  return fork(modulePath, args, { ...options, execArgv: ['--import', tsxLoader] });
}
