/**
 * One of several Eleventy processes writing the same build: process `index` of `count` writes every
 * `count`-th article page, and process 0 also the list pages. Given as global data `habarShard`
 * by the caller of the programmatic API (src/cli/build.ts).
 */
export interface Shard {
  index: number;
  count: number;
}

export const SHARD_DATA_KEY = 'habarShard';

export function isShard(value: unknown): value is Shard {
  const shard = value as Shard | undefined;
  return Number.isInteger(shard?.index) && Number.isInteger(shard?.count) && shard!.count > 0 && shard!.index >= 0 && shard!.index < shard!.count;
}
