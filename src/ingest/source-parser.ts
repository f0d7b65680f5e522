/**
 * The parser of an ingest: in the ingest's own thread for a few sources, in a worker thread
 * (parse-worker.ts) for many. A clean build parses every source, and the ingest's thread has work
 * of its own for each (hashing, placing and writing the article): with the parsing beside it, a
 * 10k ingest takes 7.6–7.8 s instead of 11.3–12.6 s. A second parsing thread made it slower
 * (9.6–10.7 s): on two cores it competes with the ingest's thread and its garbage collector.
 */
import type { Worker } from 'node:worker_threads';
import { ChildStopped } from '../core/process/child-stopped.ts';
import { moduleWorker } from '../core/process/module-worker.ts';
import { siblingModule } from '../core/process/sibling-module.ts';
import { receivedError } from '../core/process/thread-errors.ts';
import type { Article } from '../source/article.ts';
import { SourceError } from '../source/errors.ts';
import type { ParseRequest, ParseResponse } from './parse-worker.ts';
import { join } from 'node:path';
import { readIfExists } from './files.ts';
import { listSourceFolder } from './links.ts';
import { readArticle } from './read-article.ts';

export interface SourceParser {
  /** The article of a source's bytes, or the SourceError (without its file) that says what to fix. */
  parse(bytes: Uint8Array): Promise<Article | SourceError>;
  /** Ends the thread, if any; parses not yet answered are rejected. */
  close(): Promise<void>;
}

/**
 * Sources to parse from which the thread is worth starting: it takes some 0.3 s of processor
 * time to load the parser, about what parsing 700 sources takes.
 */
export const PARSE_THREAD_FROM = 1_000;

/** A parser for an ingest that expects to parse `sources` sources. */
export function sourceParser(sources: number): SourceParser {
  if (sources < PARSE_THREAD_FROM) return { parse: async (bytes) => readArticle(bytes), close: async () => {} };
  return new ParseThread();
}

/** Sources warmUpParser parses: after three, the next ones parse in tens of milliseconds, not hundreds. */
const WARM_UP_SOURCES = 3;

/**
 * Parses the last sources of `dir` and drops their articles. The parser's 800-odd patterns are
 * compiled on their first use and its functions optimised as they run, so the first sources a
 * process parses take some 0.5–1 s: a warm builder does this before it says it is ready, or an
 * editor's first change would wait for it.
 */
export function warmUpParser(dir: string): void {
  for (const name of listSourceFolder(dir).files.filter((file) => file.endsWith('.txt')).slice(-WARM_UP_SOURCES)) {
    const bytes = readIfExists(join(dir, name));
    if (bytes) readArticle(bytes);
  }
}

interface Waiting {
  resolve(article: Article | SourceError): void;
  reject(error: Error): void;
}

class ParseThread implements SourceParser {
  private readonly thread: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private stopped: Error | undefined;

  constructor() {
    this.thread = moduleWorker(siblingModule(import.meta.url, './parse-worker'));
    let crash: unknown;
    this.thread.on('error', (error) => (crash = error));
    this.thread.on('exit', () => this.stop(new ChildStopped(`the source parsing thread stopped before it finished${crash instanceof Error ? `: ${crash.message}` : ''}`, { cause: crash })));
    this.thread.on('message', (response: ParseResponse) => this.answer(response));
  }

  parse(bytes: Uint8Array): Promise<Article | SourceError> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.thread.postMessage({ id, bytes } satisfies ParseRequest);
    });
  }

  async close(): Promise<void> {
    this.stop(new Error('the ingest ended before this source was parsed'));
    await this.thread.terminate();
  }

  private answer(response: ParseResponse): void {
    const waiting = this.waiting.get(response.id);
    if (!waiting) return;
    this.waiting.delete(response.id);
    if ('article' in response) waiting.resolve(response.article);
    else if ('refused' in response) waiting.resolve(new SourceError(response.refused.reason, response.refused.line));
    else waiting.reject(receivedError(response.failed));
  }

  /** The first stop wins: parses waiting then, and any asked for after, fail with `error`. */
  private stop(error: Error): void {
    this.stopped ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(this.stopped);
    this.waiting.clear();
  }
}
