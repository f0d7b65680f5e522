import { foldTag } from './rules/hashtags.ts';

/**
 * The key under which a tag is matched: its case-folded spelling, or for a spelling that the
 * settings' `tagSpellings` joins to others, that of its group's first spelling, so `#Qazaqstan`
 * and `#Қазақстан` are one tag. The index shows them as one; `check` does not call them look-alikes.
 */
export function tagKeys(groups: string[][]): (tag: string) => string {
  const joined = new Map<string, string>();
  for (const [first, ...others] of groups) for (const other of others) joined.set(foldTag(other), foldTag(first!));
  return (tag) => {
    const key = foldTag(tag);
    return joined.get(key) ?? key;
  };
}
