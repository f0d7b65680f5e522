/**
 * The parser of an ingest: in the ingest's own thread for a few sources, in worker threads
 * (parse-worker.ts) for many. A clean build parses every source, and the ingest's thread has
 * its own work for each (hashing, placing and writing the article) while a processor core waits:
 * parsed there, a 10k ingest took twice as long as it does with the parsing beside it.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { ChildStopped } from '../core/process/child-stopped.ts';
import { moduleWorker } from '../core/process/module-worker.ts';
import { siblingModule } from '../core/process/sibling-module.ts';
import { receivedError } from '../core/process/thread-errors.ts';
import type { Article } from '../source/article.ts';
import { SourceError } from '../source/errors.ts';
import type { ParseRequest, ParseResponse } from './parse-worker.ts';
import { readArticle } from './read-article.ts';

export interface SourceParser {
  /** The article of a source's bytes, or the SourceError (without its file) that says what to fix. */
  parse(bytes: Uint8Array): Promise<Article | SourceError>;
  /** Ends the threads, if any; parses not yet answered are rejected. */
  close(): Promise<void>;
}

/**
 * Sources to parse from which threads are worth starting: a thread takes some 0.3 s of processor
 * time to load the parser, about what parsing 700 sources takes.
 */
export const PARSE_THREADS_FROM = 1_000;

/** More threads than this gain nothing: the ingest's own thread is then the slower. */
const MAX_PARSE_THREADS = 2;

/** A parser for an ingest that expects to parse `sources` sources. */
export function sourceParser(sources: number): SourceParser {
  if (sources < PARSE_THREADS_FROM) return { parse: async (bytes) => readArticle(bytes), close: async () => {} };
  return new ParsePool(Math.min(MAX_PARSE_THREADS, availableParallelism()));
}

interface Waiting {
  resolve(article: Article | SourceError): void;
  reject(error: Error): void;
}

class ParsePool implements SourceParser {
  private readonly threads: Worker[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private stopped: Error | undefined;

  constructor(threads: number) {
    for (let i = 0; i < threads; i++) this.threads.push(this.start());
  }

  parse(bytes: Uint8Array): Promise<Article | SourceError> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.threads[id % this.threads.length]!.postMessage({ id, bytes } satisfies ParseRequest);
    });
  }

  async close(): Promise<void> {
    this.stop(new Error('the ingest ended before this source was parsed'));
    await Promise.all(this.threads.map((thread) => thread.terminate()));
  }

  private start(): Worker {
    const thread = moduleWorker(siblingModule(import.meta.url, './parse-worker'));
    let crash: unknown;
    thread.on('error', (error) => (crash = error));
    thread.on('exit', () => this.stop(new ChildStopped(`a source parsing thread stopped before it finished${crash instanceof Error ? `: ${crash.message}` : ''}`, { cause: crash })));
    thread.on('message', (response: ParseResponse) => this.answer(response));
    return thread;
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
