import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * vitest's own order (files that took longest in the last run first; on a fresh clone, the
 * largest), except that the fast tier's files go last: a run's end is then many short files that
 * keep every worker busy, not one long file of the slow tier running alone. With
 * `--sequence.shuffle`, the files are shuffled instead, by the run's seed, as vitest's own
 * sequencer would.
 */
export class FastTierLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { shuffle, seed = 0 } = this.ctx.config.sequence;
    if (shuffle) return shuffled(files, seed);
    const sorted = await super.sort(files);
    const fast = (file: TestSpecification) => file.project.name === 'fast';
    return [...sorted.filter((file) => !fast(file)), ...sorted.filter(fast)];
  }
}

/** `items` in an order drawn from `seed` (Fisher–Yates with a linear congruential generator). */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
