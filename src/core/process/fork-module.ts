import { fork, type ChildProcess, type ForkOptions } from 'node:child_process';
import { COMPILE_REGEXPS_ONCE } from './regexp-compile.ts';
import { isTypeScript } from './sibling-module.ts';

/** tsx's loader, for `node --import` in any process that runs habar's TypeScript. */
export const tsxLoader = import.meta.resolve('tsx');

/**
 * Starts one of habar's modules (siblingModule) in a child process with an IPC channel: a
 * TypeScript one loaded by tsx with the Node options `npm run` gives, a compiled one with its parent's.
 */
export function forkModule(modulePath: string, args: string[], options: ForkOptions = {}): ChildProcess {
  return fork(modulePath, args, isTypeScript(modulePath) ? { ...options, execArgv: [COMPILE_REGEXPS_ONCE, '--import', tsxLoader] } : options);
}
