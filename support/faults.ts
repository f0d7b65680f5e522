import { FAULT_POINTS, type FaultPoint, type FaultTally } from '../src/core/process/fault-injection.ts';
import { Rng } from './corpus/prng.ts';

/**
 * The `HABAR_FAULT` setting that `seed` picks among the points of `tally` (a run's, or those of its
 * stages a caller wants): seed N takes the Nth point it reached, cycling, so that consecutive seeds
 * cover every point, and a seeded time within that point's count.
 */
export function seededFault(seed: number, tally: FaultTally): string {
  const reached = FAULT_POINTS.filter((point) => (tally[point] ?? 0) > 0);
  if (reached.length === 0) throw new Error('no fault point was reached');
  const point = reached[seed % reached.length]!;
  return `${point}:${1 + Math.floor(new Rng(seed).next() * tally[point]!)}`;
}

/** The points of `tally` that belong to `stage`. */
export function onlyPoints(tally: FaultTally, stage: (point: FaultPoint) => boolean): FaultTally {
  return Object.fromEntries(Object.entries(tally).filter(([point]) => stage(point as FaultPoint)));
}

export const isIngestPoint = (point: string): boolean => point.startsWith('ingest:');
