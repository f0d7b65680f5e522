/**
 * The parser of an ingest: in the ingest's own thread for a few sources, in a worker thread
 * (parse-worker.ts) for many. A clean build parses every source, and the ingest's thread has work
 * of its own for each (hashing, placing and writing the article): with the parsing beside it, a
 * 10k ingest takes 7.6–7.8 s instead of 11.3–12.6 s. A second parsing thread made it slower
 * (9.6–10.7 s): on two cores it competes with the ingest's thread and its garbage collector. So
 * the ingest's thread parses only while it would otherwise wait for the worker: the sources it
 * asked for last, which the worker has not been handed yet.
 */
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
  /** `parse`'s outcome, once there; while it is not, this thread parses sources asked for after it. */
  settle(parse: Promise<Article | SourceError>): Promise<Article | SourceError>;
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
  if (sources < PARSE_THREAD_FROM) return { parse: async (bytes) => readArticle(bytes), settle: (parse) => parse, close: async () => {} };
  return new ParseThread();
}

/**
 * Sources handed to the worker at a time: enough that it never waits for the next, few enough that
 * the rest stay here for this thread to take while it waits.
 */
const HANDED = 8;

interface Request {
  id: number;
  bytes: Uint8Array;
  done: boolean;
  resolve(article: Article | SourceError): void;
  reject(error: Error): void;
}

class ParseThread implements SourceParser {
  private readonly thread: Worker;
  /** Asked for and not handed to the worker yet, oldest first. */
  private readonly queued: Request[] = [];
  private readonly handed = new Map<number, Request>();
  private readonly requests = new WeakMap<Promise<Article | SourceError>, Request>();
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
    let request!: Request;
    const parse = new Promise<Article | SourceError>((resolve, reject) => {
      request = { id: this.nextId++, bytes, done: false, resolve, reject };
    });
    this.requests.set(parse, request);
    this.queued.push(request);
    this.handOut();
    return parse;
  }

  async settle(parse: Promise<Article | SourceError>): Promise<Article | SourceError> {
    const request = this.requests.get(parse);
    while (request && !request.done && !this.stopped) {
      const last = this.queued.pop();
      if (!last) break;
      this.parseHere(last);
      // Lets the worker's answers in between two parses here.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return parse;
  }

  async close(): Promise<void> {
    this.stop(new Error('the ingest ended before this source was parsed'));
    await this.thread.terminate();
  }

  private handOut(): void {
    while (this.handed.size < HANDED && this.queued.length > 0) {
      const request = this.queued.shift()!;
      this.handed.set(request.id, request);
      this.thread.postMessage({ id: request.id, bytes: request.bytes } satisfies ParseRequest);
    }
  }

  private parseHere(request: Request): void {
    try {
      this.done(request).resolve(readArticle(request.bytes));
    } catch (error) {
      this.done(request).reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private answer(response: ParseResponse): void {
    const request = this.handed.get(response.id);
    if (!request) return;
    this.handed.delete(response.id);
    this.handOut();
    if ('article' in response) this.done(request).resolve(response.article);
    else if ('refused' in response) this.done(request).resolve(new SourceError(response.refused.reason, response.refused.line));
    else this.done(request).reject(receivedError(response.failed));
  }

  private done(request: Request): Request {
    request.done = true;
    return request;
  }

  /** The first stop wins: parses waiting then, and any asked for after, fail with `error`. */
  private stop(error: Error): void {
    this.stopped ??= error;
    for (const request of [...this.handed.values(), ...this.queued]) this.done(request).reject(this.stopped);
    this.handed.clear();
    this.queued.length = 0;
  }
}
