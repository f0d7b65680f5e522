/**
 * Stage 5, search: the search bundles of a build, written with Pagefind from the index's shards, in
 * worker threads beside the rendering of pages. A bundle whose records did not change is taken from
 * the last build. A Pagefind or thread that stops ends the build with one line, never a hang.
 */
import { once } from 'node:events';
import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads';
import { ChildStopped } from '../core/process/child-stopped.ts';
import { receivedError } from '../core/process/thread-errors.ts';
import { faultPoint } from '../core/process/fault-injection.ts';
import { moduleWorker } from '../core/process/module-worker.ts';
import { siblingModule } from '../core/process/sibling-module.ts';
import type { RenderedBodies } from '../index/body/rendered-bodies.ts';
import { shardToIndex } from './search-index.ts';
import { ARTICLES_INDEXED_AT_ONCE, type SearchShard } from '../index/search-shards.ts';
import type { SearchRequest, SearchResponse, SearchWorkerData } from './search-worker.ts';

/**
 * Worker threads indexing search for a large site, each with its own Pagefind process. One Pagefind
 * process used little more than one core here, so with one, a 10k build went on indexing on one
 * core for 5 s after its pages were written; with two, both cores stay busy to the end (20.5 s → 18.8 s).
 */
export const SEARCH_THREADS = 2;

/** Articles a worker indexes at once; it is handed as many again, so that it never waits for this thread. */
const ARTICLES_PER_THREAD = ARTICLES_INDEXED_AT_ONCE / SEARCH_THREADS;

interface IndexingThread {
  worker: Worker;
  /** Resolved when the thread has ended, however it ended. */
  exited: Promise<void>;
  ended: boolean;
  /** What it threw, if it crashed. */
  crash?: unknown;
  /** Whether it has been handed a shard. */
  used: boolean;
  /** Articles handed over and not yet indexed. */
  articles: number;
  /** Resolved by the thread's last message, `done` or `failed`. */
  reply: Promise<SearchResponse>;
}

export interface SearchWriterOptions {
  /** The last build's site, whose bundles are taken where their records are unchanged. */
  previous?: string;
  /** Where the threads' HTML of the bodies they parse goes, for the build's article pages. */
  rendered?: RenderedBodies;
  /** How many threads may index; `SEARCH_THREADS` by default. */
  threads?: number;
}

/**
 * The search bundles of a build, indexed in worker threads (search-worker.ts) from the articles'
 * text while this thread renders their pages. Shards are handed over as the threads have room,
 * not all at once: each thread holds a copy of the articles it is given (at 100k articles, all at
 * once took the build's peak memory from 2.7 to 4.7 GiB). A thread starts when it is first given
 * a shard, unless `startAll` started them before: loading
 * a thread's code takes some 0.3 s of processor time, which a build with one shard to index (or
 * none) need not spend on a second thread.
 */
export class SearchWriter {
  private readonly threads: IndexingThread[] = [];
  private readonly waiting: SearchShard[] = [];
  /** Shards handed over whose bodies have not come back yet, by id. */
  private readonly awaitingBodies = new Map<string, SearchShard>();
  private drained: (() => void) | undefined;

  /** For bundles in the site at `siteDir` of the articles under the site `root`. */
  constructor(
    private readonly siteDir: string,
    private readonly root: string,
    private readonly options: SearchWriterOptions = {},
  ) {}

  /** Starts every thread now, not when shards come: a large site's threads load their code while ingest runs. */
  startAll(): void {
    while (this.threads.length < this.maxThreads) this.startThread();
  }

  /** Queues `shards` for indexing, newest first, and hands over as many as the threads have room for. */
  index(shards: SearchShard[]): void {
    this.waiting.push(...shards);
    this.handOver();
  }

  /** Waits for every shard to be indexed. */
  async finish(): Promise<void> {
    await this.untilHandedOver();
    const failed = (await this.requestAll({ kind: 'finish' })).find((response) => response.kind === 'failed');
    if (failed?.kind === 'failed') throw receivedError(failed.error);
  }

  /**
   * For a build that failed, or any build once it is over: stops the threads that still run. Those
   * given shards finish the ones they are indexing first (no file is written into the build's
   * folder after this), the others are stopped at once. Never fails: the build has said why it stopped.
   */
  async abandon(): Promise<void> {
    this.waiting.length = 0;
    await Promise.all(this.threads.map(async (thread) => {
      if (thread.ended) return;
      if (thread.used) thread.worker.postMessage({ kind: 'abandon' } satisfies SearchRequest);
      else await thread.worker.terminate();
      await thread.exited;
    }));
  }

  /** Each waiting shard to the thread with the fewest articles on hand (a new one if all have some), while that one has room. */
  private handOver(): void {
    while (this.waiting.length > 0) {
      const least = this.threads.reduce<IndexingThread | undefined>((fewest, next) => (fewest && fewest.articles <= next.articles ? fewest : next), undefined);
      const thread = least && (least.articles === 0 || this.threads.length === this.maxThreads) ? least : this.startThread();
      const shard = this.waiting[0]!;
      if (thread.articles > 0 && thread.articles + shard.articles.length > 2 * ARTICLES_PER_THREAD) return;
      this.waiting.shift();
      thread.used = true;
      thread.articles += shard.articles.length;
      if (this.options.rendered) this.awaitingBodies.set(shard.id, shard);
      thread.worker.postMessage({ kind: 'shard', shard: shardToIndex(shard, this.root) } satisfies SearchRequest);
    }
    this.drained?.();
  }

  private get maxThreads(): number {
    return this.options.threads ?? SEARCH_THREADS;
  }

  /** Starts the next thread. */
  private startThread(): IndexingThread {
    const { previous, rendered } = this.options;
    const workerData: SearchWorkerData = { siteDir: this.siteDir, previous, articlesAtOnce: ARTICLES_PER_THREAD };
    const transferList: MessagePort[] = [];
    if (rendered) {
      const { port1, port2 } = new MessageChannel();
      rendered.receive(port1, (id) => this.bodiesSent(id));
      workerData.bodies = port2;
      transferList.push(port2);
    }
    const worker = moduleWorker(siblingModule(import.meta.url, './search-worker'), { workerData, transferList });
    let replied!: (response: SearchResponse) => void;
    const reply = new Promise<SearchResponse>((resolve) => (replied = resolve));
    const thread: IndexingThread = { worker, exited: once(worker, 'exit').then(() => {}), ended: false, used: false, articles: 0, reply };
    void thread.exited.then(() => (thread.ended = true));
    // A thread that failed to start or crashed; `exited` reports the stop, with this as its cause.
    worker.on('error', (error) => (thread.crash = error));
    worker.on('message', (response: SearchResponse) => {
      if (response.kind !== 'indexed') return replied(response);
      thread.articles -= response.articles;
      faultPoint('search:indexed');
      this.handOver();
    });
    this.threads.push(thread);
    return thread;
  }

  /** The articles of a shard whose bodies a thread has sent. */
  private bodiesSent(id: string): SearchShard['articles'] {
    const shard = this.awaitingBodies.get(id)!;
    this.awaitingBodies.delete(id);
    return shard.articles;
  }

  /** Until every shard is handed over; a thread that stops before that fails the build. */
  private async untilHandedOver(): Promise<void> {
    if (this.waiting.length === 0) return;
    const handedOver = new Promise<void>((resolve) => (this.drained = resolve));
    await Promise.race([handedOver, ...this.threads.map((thread) => thread.exited.then(() => stoppedEarly(thread)))]);
  }

  /** Sends `request` to every thread and waits for its last reply and for it to end, Pagefind stopped with it. */
  private async requestAll(request: SearchRequest): Promise<SearchResponse[]> {
    return Promise.all(this.threads.map(async (thread) => {
      thread.worker.postMessage(request);
      const response = await Promise.race([thread.reply, thread.exited.then(() => stoppedEarly(thread))]);
      await thread.exited;
      return response;
    }));
  }
}

function stoppedEarly({ crash }: IndexingThread): never {
  const how = crash instanceof Error ? `: ${crash.message}` : '';
  throw new ChildStopped(`a search indexing thread stopped before it finished${how}`, { cause: crash });
}
