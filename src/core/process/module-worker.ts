import { Worker, type WorkerOptions } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { isTypeScript } from './sibling-module.ts';

/** tsx's programmatic API: a worker thread does not inherit the loader `--import tsx` gave its process. */
const tsxApi = import.meta.resolve('tsx/esm/api');

/** Starts one of habar's modules (siblingModule) in a worker thread, with tsx registered there first if it is TypeScript. */
export function moduleWorker(modulePath: string, options: WorkerOptions = {}): Worker {
  if (!isTypeScript(modulePath)) return new Worker(modulePath, options);
  const boot = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(modulePath).href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
