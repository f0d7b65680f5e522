import { toSlug, truncateSlug } from './transliterate.ts';

export const MAX_SLUG_LENGTH = 80;

/**
 * Hands out slugs that are unique among those already taken. Slugs once handed out are kept by
 * the caller (the ingest registry) and fed back in as `taken`, so adding a source never renames
 * an existing page: the newcomer gets the suffix.
 */
export class SlugAllocator {
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }

  /** `prefix` scopes uniqueness (e.g. `2026/01/`); `fallback` is used when the text has no transliterable letter. */
  allocate(text: string, fallback: string, prefix = ''): string {
    const base = truncateSlug(toSlug(text), MAX_SLUG_LENGTH) || fallback;
    let candidate = base;
    for (let n = 2; this.taken.has(prefix + candidate); n++) {
      const suffix = `-${n}`;
      candidate = truncateSlug(base, MAX_SLUG_LENGTH - suffix.length) + suffix;
    }
    this.taken.add(prefix + candidate);
    return candidate;
  }
}
