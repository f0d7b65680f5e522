import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { faultPoint } from '../core/process/fault-injection.ts';
import { isRunning } from '../core/process/is-running.ts';
import { savingFailed } from './save-failure.ts';

const NAME = /^\.writing-(\d+)$/;
const JOURNAL = 'journal';

/**
 * Where ingest writes each file before renaming it into place, so that a crash never leaves half a
 * file where an article belongs: one folder per process, `content/articles/.writing-<pid>`, removed
 * when ingest succeeds. It holds the journal too (recovery.ts): a line written before each file is
 * renamed into place, so that a killed or failed ingest leaves a record of every file it put there.
 *
 * Files are written synchronously: through the thread pool, 10k articles cost the build's thread
 * some 2 s more processor time in promises and round trips than the writes themselves take.
 */
export class WritingFolder {
  private made = false;
  private count = 0;
  /** Each folder a file goes into is made once. */
  private readonly folders = new Set<string>();
  /** Journal lines not yet appended: appended together, before the next rename. */
  private pending = '';
  private journalFailed = false;

  private constructor(
    readonly path: string,
    private readonly root: string,
  ) {}

  /** The folder of this process in `articlesDir`; `root` is the site's, from which files are named in messages. */
  static open(articlesDir: string, root: string): WritingFolder {
    return new WritingFolder(join(articlesDir, `.writing-${process.pid}`), root);
  }

  /** Folders that ingests killed or stopped by an error left in `articlesDir`: of processes no longer running, or this one's. */
  static async leftBehind(articlesDir: string): Promise<string[]> {
    const entries = await readdir(articlesDir).catch(() => [] as string[]);
    return entries.filter((entry) => {
      const match = NAME.exec(entry);
      return match && !isRunning(Number(match[1]));
    }).sort().map((entry) => join(articlesDir, entry));
  }

  /** The journal of a folder left behind, and its lines; a line cut short by a kill is left out: no file was renamed after it. */
  static readJournal(folder: string): { path: string; lines: string[] } {
    const path = join(folder, JOURNAL);
    try {
      return { path, lines: readFileSync(path, 'utf8').split('\n').slice(0, -1) };
    } catch {
      return { path, lines: [] };
    }
  }

  /** Adds `record` to the journal: on disk before the next file is renamed into place. */
  journal(record: unknown): void {
    this.pending += `${JSON.stringify(record)}\n`;
  }

  /** Writes `content` to a temporary file, then renames it to `path`, making its folder first if need be. */
  write(path: string, content: string): void {
    try {
      const dir = dirname(path);
      if (!this.folders.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.folders.add(dir);
      }
      const temporary = this.temporaryFile();
      writeFileSync(temporary, content);
      this.appendJournal();
      faultPoint('ingest:file-staged');
      renameSync(temporary, path);
    } catch (error) {
      throw savingFailed(error, relative(this.root, path));
    }
  }

  /** Removes the folder, with its journal: once what ingest wrote is recorded in the registry. */
  async close(): Promise<void> {
    if (!this.made) return;
    await rm(this.path, { recursive: true, force: true });
  }

  /** A path in the folder that no other write of this process uses; the folder is made on first use. */
  private temporaryFile(): string {
    if (!this.made) mkdirSync(this.path, { recursive: true });
    this.made = true;
    return join(this.path, `${this.count++}.tmp`);
  }

  /**
   * Synchronous, so no rename can come between a line and its file. After a failed append the
   * journal may end in half a line, so nothing more is renamed into place.
   */
  private appendJournal(): void {
    if (this.journalFailed) throw new Error('the journal could not be written');
    if (this.pending === '') return;
    try {
      appendFileSync(join(this.path, JOURNAL), this.pending);
    } catch (error) {
      this.journalFailed = true;
      throw error;
    }
    this.pending = '';
  }
}
