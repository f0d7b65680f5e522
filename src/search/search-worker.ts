/**
 * Indexes search bundles for a full build, in a worker thread started by search-writer.ts, while
 * the build renders pages on the main thread. That thread's event loop is busy rendering for
 * seconds at a time, and each step of Pagefind's API waits for a turn of the loop that drives it:
 * measured at 10k articles, that loop turned 19 times during rendering, and shards took 4–9 s each
 * instead of about 1 s. Each worker has a Pagefind process of its own.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { sendableError, type SentError } from '../core/process/thread-errors.ts';
import type { BodiesMessage } from '../index/body/rendered-bodies.ts';
import { ShardQueue, type ShardToIndex } from './search-index.ts';

export interface SearchWorkerData {
  /** The folder being built. */
  siteDir: string;
  /** The last build's folder, whose unchanged bundles are taken. */
  previous?: string;
  /** This worker's share of `ARTICLES_INDEXED_AT_ONCE`. */
  articlesAtOnce: number;
  /** Where to send each shard's bodies as HTML, for the build's article pages (rendered-bodies.ts). */
  bodies?: MessagePort;
}
export type SearchRequest = { kind: 'shard'; shard: ShardToIndex } | { kind: 'finish' } | { kind: 'abandon' };
/** `indexed`: a shard is off this worker's hands (its `articles` may be given to another); then one `done` or `failed`. */
export type SearchResponse = { kind: 'indexed'; articles: number } | { kind: 'done' } | { kind: 'failed'; error: SentError };

const { siteDir, previous, articlesAtOnce, bodies } = workerData as SearchWorkerData;
const port = parentPort!;
const queue = new ShardQueue(siteDir, {
  previous,
  articlesAtOnce,
  onIndexed: (shard) => port.postMessage({ kind: 'indexed', articles: shard.articles } satisfies SearchResponse),
  onBodies: bodies && ((shard, html) => bodies.postMessage({ shard: shard.id, html } satisfies BodiesMessage)),
});

port.on('message', (request: SearchRequest) => {
  if (request.kind === 'shard') queue.add(request.shard);
  else void reply(request.kind === 'finish' ? queue.finish() : queue.abandon());
});

async function reply(work: Promise<void>): Promise<void> {
  let response: SearchResponse = { kind: 'done' };
  try {
    await work;
  } catch (error) {
    response = { kind: 'failed', error: sendableError(error) };
  }
  port.postMessage(response);
  bodies?.close();
  port.close();
}
