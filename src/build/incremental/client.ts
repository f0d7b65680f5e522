import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { ChildStopped } from '../../core/process/child-stopped.ts';
import { forkModule } from '../../core/process/fork-module.ts';
import { siblingModule } from '../../core/process/sibling-module.ts';
import type { BuildSettings } from '../../core/settings/settings.ts';
import type { PagesReply, SearchReply } from './worker.ts';

export type UpdateReply = PagesReply & SearchReply;

/** Drives src/build/incremental/worker.ts for a built site: one warm process, one update at a time. */
export class IncrementalWorker {
  private constructor(private readonly child: ChildProcess) {}

  /** Starts the worker for the site at `siteRoot`, built with `settings`. */
  static async start(siteRoot: string, settings: BuildSettings): Promise<IncrementalWorker> {
    const child = forkModule(siblingModule(import.meta.url, './worker'), [JSON.stringify(settings)], { cwd: siteRoot, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const worker = new IncrementalWorker(child);
    await worker.reply();
    return worker;
  }

  /** Resolves once the search index has caught up too; `milliseconds` says when the pages were on disk. */
  async update(sourceNames: string[]): Promise<UpdateReply> {
    this.child.send(sourceNames);
    const pages = (await this.reply()) as PagesReply;
    return { ...pages, ...((await this.reply()) as SearchReply) };
  }

  async stop(): Promise<void> {
    const exited = once(this.child, 'exit');
    this.child.disconnect();
    await exited;
  }

  /**
   * Its next message; rejects if it ends first, or cannot be started (`once` rejects on `error`).
   * The wait that lost is called off, so a preview's session keeps no listeners of past updates.
   */
  private async reply(): Promise<unknown> {
    const settled = new AbortController();
    try {
      const [message] = (await Promise.race([once(this.child, 'message', { signal: settled.signal }), once(this.child, 'exit', { signal: settled.signal }).then(([code, signal]) => {
        throw new ChildStopped(`the incremental builder stopped (${signal ?? `exit code ${code}`})`);
      })])) as unknown[];
      return message;
    } finally {
      settled.abort();
    }
  }
}
