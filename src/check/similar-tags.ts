import { foldTag } from '../source/rules/hashtags.ts';
import { toSlug } from '../ingest/slug/transliterate.ts';

/**
 * A key under which spellings of one name meet: the Russian and Kazakh spellings of a place
 * (Казахстан, Қазақстан, Qazaqstan, قازاقستان) and transliterations (Алматы, Алмати) share it.
 * A tag with no letter to transliterate (文化, an emoji) keys on itself, so such tags do not all meet.
 */
export function tagLikeness(tag: string): string {
  const key = toSlug(tag).replace(/kh/g, 'k').replace(/gh/g, 'g').replace(/q/g, 'k').replace(/y/g, 'i').replace(/-/g, '');
  return key || foldTag(tag);
}

export interface TagUse {
  tag: string;
  /** Where it is used: opaque to this module (a file and line). */
  at: string;
}

export interface SimilarTag<T extends TagUse> {
  use: T;
  /** The most used spelling of the look-alike tags. */
  preferred: string;
}

/**
 * Every use of a tag that differs (after case folding) from a more used look-alike tag, unless the
 * settings' `tagSpellings` already join the two (`keyOf`: source/tag-keys.ts).
 */
export function findSimilarTags<T extends TagUse>(uses: T[], keyOf: (tag: string) => string = foldTag): SimilarTag<T>[] {
  const groups = new Map<string, Map<string, T[]>>();
  for (const use of uses) {
    const spellings = groups.get(tagLikeness(use.tag)) ?? new Map<string, T[]>();
    const key = keyOf(use.tag);
    spellings.set(key, [...(spellings.get(key) ?? []), use]);
    groups.set(tagLikeness(use.tag), spellings);
  }
  const similar: SimilarTag<T>[] = [];
  for (const spellings of groups.values()) {
    if (spellings.size < 2) continue;
    // Most used first; ties alphabetically, so the advice is the same on every run.
    const ranked = [...spellings.entries()].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1));
    const preferred = ranked[0]![1][0]!.tag;
    for (const [, others] of ranked.slice(1)) for (const use of others) similar.push({ use, preferred });
  }
  return similar;
}
