import { fork, type ChildProcess, type ForkOptions } from 'node:child_process';
import { isTypeScript } from './sibling-module.ts';

/** tsx's loader, for `node --import` in any process that runs habar's TypeScript. */
export const tsxLoader = import.meta.resolve('tsx');

/**
 * Starts one of habar's modules (siblingModule) in a child process with an IPC channel: a
 * TypeScript one loaded by tsx as `npm run` does, a compiled one with its parent's Node options.
 */
export function forkModule(modulePath: string, args: string[], options: ForkOptions = {}): ChildProcess {
  return fork(modulePath, args, isTypeScript(modulePath) ? { ...options, execArgv: ['--import', tsxLoader] } : options);
}
