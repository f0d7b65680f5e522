import { describe, expect, it } from 'vitest';
import { CYRILLIC_LOOKALIKES, inOneScript, LATIN_LOOKALIKES, MIXED_WORD, oneScript } from '../../src/core/lookalikes.ts';

describe('look-alike letters', () => {
  it('pair each Latin letter with one Cyrillic letter, in the same case', () => {
    const latin = [...LATIN_LOOKALIKES];
    const cyrillic = [...CYRILLIC_LOOKALIKES];
    expect(cyrillic).toHaveLength(latin.length);
    expect(new Set(latin).size).toBe(latin.length);
    latin.forEach((letter, at) => {
      expect(letter).toMatch(/^\p{Script=Latin}$/u);
      expect(cyrillic[at]).toMatch(/^\p{Script=Cyrillic}$/u);
      expect(cyrillic[at] === cyrillic[at]!.toUpperCase()).toBe(letter === letter.toUpperCase());
    });
  });
});

describe('a text read in one script', () => {
  const MIXED = /\p{Script=Latin}\p{Script=Cyrillic}|\p{Script=Cyrillic}\p{Script=Latin}/u;
  const byPattern = (text: string) => (MIXED.test(text) ? text.replace(MIXED_WORD, oneScript) : text);

  it('respells the look-alike letter of a mixed word and leaves a text in one script as it is', () => {
    expect(inOneScript('cобственный корреспондент')).toBe('собственный корреспондент');
    expect(inOneScript('Kazpravda.kz сообщает')).toBe('Kazpravda.kz сообщает');
  });

  it('tells a letter of one script next to one of the other as the pattern does, for every Latin and Cyrillic character', () => {
    const letters: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (/\p{Script=Latin}|\p{Script=Cyrillic}/u.test(char)) letters.push(char);
    }
    // Neighbours of each script, of neither (a space, a hyphen, a combining accent), and beyond the plane.
    const neighbours = ['a', 'Z', 'é', 'ḁ', 'а', 'Ж', 'ә', 'ꙁ', ' ', '-', '\u0301', '𝐀', '\u{1E030}'];
    const differing = letters.flatMap((letter) => neighbours.flatMap((other) => [letter + other, other + letter])).filter((text) => inOneScript(text) !== byPattern(text));
    expect(differing).toEqual([]);
  });
});
