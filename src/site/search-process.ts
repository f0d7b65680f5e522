/**
 * Drives Pagefind for a full build, in a process of its own started by search-writer.ts (arguments:
 * the folder being built, then the last build's folder, whose unchanged bundles are taken). The build's own event loop is busy rendering for seconds at a time, and
 * each step of Pagefind's API waits for a turn of the loop that drives it: measured at 10k articles,
 * that loop turned 19 times during rendering, and shards took 4–9 s each instead of about 1 s.
 */
import { ShardQueue, type ShardJob } from './search-index.ts';

export type SearchRequest = { kind: 'shard'; job: ShardJob } | { kind: 'finish' } | { kind: 'abandon' };
export type SearchResponse = { kind: 'done' } | { kind: 'failed'; message: string };

const queue = new ShardQueue(process.argv[2]!, process.argv[3]);

process.on('message', (request: SearchRequest) => {
  if (request.kind === 'shard') queue.add(request.job);
  else void reply(request.kind === 'finish' ? queue.finish() : queue.abandon());
});

async function reply(work: Promise<void>): Promise<void> {
  let response: SearchResponse = { kind: 'done' };
  try {
    await work;
  } catch (error) {
    response = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  process.send!(response, () => process.disconnect());
}
