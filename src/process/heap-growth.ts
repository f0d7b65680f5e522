import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets a heap grow past what the last full collection kept before collecting again: 30 %.
 * Left to itself, V8 let a full build's heap reach about twice its live size: at 100k articles the
 * build's process peaked at 3.3 GiB, of which half was garbage; with this, 2.1–2.2 GiB, in the same
 * time. The flag holds for every heap of the process, the indexing threads' too, and only for a
 * process that sets it before its heaps grow: the `habar build` command.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=30');
}
