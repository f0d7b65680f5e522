import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * vitest's own order (files that took longest in the last run first; on a fresh clone, the
 * largest), except that the fast tier's files go last: a run's end is then many short files that
 * keep every worker busy, not one long file of the slow tier running alone.
 */
export class FastTierLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const fast = (file: TestSpecification) => file.project.name === 'fast';
    return [...sorted.filter((file) => !fast(file)), ...sorted.filter(fast)];
  }
}
