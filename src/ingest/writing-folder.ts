import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isRunning } from '../process/is-running.ts';

const NAME = /^\.writing-(\d+)$/;

/**
 * Where ingest writes a file before renaming it into place (`writeFileAtomic`), so that a crash
 * never leaves half a file where an article belongs: one folder per process,
 * `content/articles/.writing-<pid>`, removed when ingest ends. A killed ingest leaves its folder
 * behind instead of temporary files scattered over the articles; the next ingest removes it.
 */
export class WritingFolder {
  private made: Promise<unknown> | undefined;
  private count = 0;

  private constructor(readonly path: string) {}

  /** The folder of this process in `articlesDir`, once the folders of ingests that were killed are gone. */
  static async open(articlesDir: string): Promise<WritingFolder> {
    const entries = await readdir(articlesDir).catch(() => [] as string[]);
    for (const entry of entries) {
      const match = NAME.exec(entry);
      if (match && !isRunning(Number(match[1]))) await rm(join(articlesDir, entry), { recursive: true, force: true });
    }
    return new WritingFolder(join(articlesDir, `.writing-${process.pid}`));
  }

  /** A path in the folder that no other write of this process uses; the folder is made on first use. */
  async temporaryFile(): Promise<string> {
    await (this.made ??= mkdir(this.path, { recursive: true }));
    return join(this.path, `${this.count++}.tmp`);
  }

  /** Removes the folder, with whatever a failed write left in it. */
  async close(): Promise<void> {
    if (this.made) await rm(this.path, { recursive: true, force: true });
  }
}
