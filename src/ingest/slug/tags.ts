import { foldTag } from '../../source/rules/hashtags.ts';
import { SlugAllocator } from './allocator.ts';

/**
 * Tag slugs keyed by the case-folded tag, so `#туризм` and `#ТУРИЗМ` share `/tags/turizm/`.
 * `known` (from the ingest registry) is extended in place: a slug once given is never given again.
 */
export class TagSlugs {
  private readonly allocator: SlugAllocator;

  constructor(private readonly known: Record<string, string>) {
    this.allocator = new SlugAllocator(Object.values(known));
  }

  slugFor(tag: string): string {
    const key = foldTag(tag);
    return (this.known[key] ??= this.allocator.allocate(tag, 'tag'));
  }
}
