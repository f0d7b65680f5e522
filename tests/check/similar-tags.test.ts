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

  it('an Arabic-script spelling meets its Cyrillic one; different Arabic-script words stay apart', () => {
    expect(tagLikeness('قازاقستان')).toBe(tagLikeness('Қазақстан'));
    expect(tagLikeness('ءبىلىم')).toBe(tagLikeness('Білім'));
    const keys = ['استانا', 'الماتى', 'ءبىلىم', 'مادەنيەت', 'سپورت'].map(tagLikeness);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('');
  });

  it('tags with no letter to transliterate do not all meet under one empty key', () => {
    expect(new Set(['文化', '体育', '🎉'].map(tagLikeness)).size).toBe(3);
    expect(tagLikeness('文化')).toBe(tagLikeness('文化'));
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

  it('Arabic-script tags of different words are not look-alikes of each other', () => {
    const uses = ['استانا', 'الماتى', 'ءبىلىم', 'استانا', '文化', '体育'].map((tag, i) => ({ tag, at: String(i) }));
    expect(findSimilarTags(uses)).toEqual([]);
  });
});
