import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerReply } from './worker.ts';

const projectRoot = join(import.meta.dirname, '../..');
const tsxLoader = pathToFileURL(join(projectRoot, 'node_modules/tsx/dist/loader.mjs')).href;

/** Drives src/incremental/worker.ts for a built site: one warm process, one update at a time. */
export class IncrementalWorker {
  private constructor(private readonly child: ChildProcess) {}

  static async start(siteRoot: string): Promise<IncrementalWorker> {
    const child = fork(join(projectRoot, 'src/incremental/worker.ts'), [], { cwd: siteRoot, execArgv: ['--import', tsxLoader], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const worker = new IncrementalWorker(child);
    await worker.reply();
    return worker;
  }

  async update(sourceNames: string[]): Promise<WorkerReply> {
    this.child.send(sourceNames);
    return (await this.reply()) as WorkerReply;
  }

  async stop(): Promise<void> {
    const exited = once(this.child, 'exit');
    this.child.disconnect();
    await exited;
  }

  private async reply(): Promise<unknown> {
    const [message] = (await Promise.race([once(this.child, 'message'), once(this.child, 'exit').then(() => {
      throw new Error('the incremental worker stopped');
    })])) as unknown[];
    return message;
  }
}
