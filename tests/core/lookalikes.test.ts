import { describe, expect, it } from 'vitest';
import { CYRILLIC_LOOKALIKES, LATIN_LOOKALIKES } from '../../src/core/lookalikes.ts';

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
