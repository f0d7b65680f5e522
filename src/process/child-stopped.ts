/**
 * A process or thread habar started (Pagefind, an indexing thread, a builder) ended before it had
 * done what was waited for: killed, crashed or panicked. Its message says which and how, in one
 * line; `code` is the errno it stopped on, if it said (ENOSPC), and `path` what it was writing.
 */
export class ChildStopped extends Error {
  override name = 'ChildStopped';
  readonly code?: string;
  readonly path?: string;

  constructor(message: string, { code, path, cause }: { code?: string; path?: string; cause?: unknown } = {}) {
    super(message, { cause });
    if (code) this.code = code;
    if (path) this.path = path;
  }
}
