import { describe, expect, it } from 'vitest';
import { findSimilarTags, tagLikeness } from '../../src/check/similar-tags.ts';

describe('tagLikeness', () => {
  it('Russian, Kazakh Cyrillic and Kazakh Latin spellings of one name meet', () => {
    expect(new Set(['Казахстан', 'Қазақстан', 'Qazaqstan', 'Kazakhstan'].map(tagLikeness)).size).toBe(1);
    expect(tagLikeness('Алматы')).toBe(tagLikeness('Алмати'));
  });

  it('different words stay apart', () => {
    expect(tagLikeness('Астана')).not.toBe(tagLikeness('Алматы'));
    expect(tagLikeness('Сенат')).not.toBe(tagLikeness('Мажилис'));
  });
});

describe('findSimilarTags', () => {
  it('flags every use of a look-alike of the most used spelling; case variants are one tag', () => {
    const uses = [
      { tag: 'Казахстан', at: 'a' },
      { tag: 'казахстан', at: 'b' },
      { tag: 'Қазақстан', at: 'c' },
      { tag: 'Сенат', at: 'c' },
    ];
    expect(findSimilarTags(uses)).toEqual([{ use: { tag: 'Қазақстан', at: 'c' }, preferred: 'Казахстан' }]);
  });
});
