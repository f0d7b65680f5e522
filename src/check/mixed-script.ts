import { CYRILLIC_LOOKALIKES as CYRILLIC, LATIN_LOOKALIKES as LATIN } from '../core/lookalikes.ts';

const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
// What parts a tag into words: anything but letters and their marks.
const NOT_LETTERS = /[^\p{L}\p{M}]+/u;

/**
 * Why a tag with a word mixing Latin and Cyrillic letters (`#Cенат` with a Latin C) looks wrong, or
 * undefined: it reads as another tag, with a page of its own. The letters of the script the word
 * has fewer of are the odd ones.
 */
export function mixedScript(tag: string): string | undefined {
  for (const word of tag.split(NOT_LETTERS)) {
    const letters = [...word];
    const latin = letters.filter((c) => LATIN_LETTER.test(c));
    const cyrillic = letters.filter((c) => CYRILLIC_LETTER.test(c));
    if (latin.length === 0 || cyrillic.length === 0) continue;
    const [odd, script, other, from, to] = latin.length <= cyrillic.length
      ? [latin, 'Latin', 'Cyrillic', LATIN, CYRILLIC]
      : [cyrillic, 'Cyrillic', 'Latin', CYRILLIC, LATIN];
    const named = [...new Set(odd)].map((c) => `"${c}"`).join(', ');
    const plural = odd.length > 1;
    const respelled = odd.every((c) => from.includes(c)) ? [...tag].map((c) => (odd.includes(c) ? to[from.indexOf(c)] : c)).join('') : undefined;
    const apart = respelled ? `, apart from #${respelled}` : '';
    return `the tag #${tag} mixes ${script} ${plural ? 'letters' : 'letter'} ${named} into a ${other} word: a tag of its own${apart}; retype ${plural ? 'them' : 'it'} in ${other}`;
  }
  return undefined;
}
