import { describe, expect, it } from 'vitest';
import { needsOf, openingOf, pairOpeningOf } from '../../src/source/clutter/opening.ts';
import { CLUTTER_RULES } from '../../src/source/clutter/table.ts';

describe('openingOf', () => {
  it('reads the first character of each anchored alternative, with the pattern flags', () => {
    const opening = openingOf(/^(?:фото|[«"]\S+)\s|^\d+$/iu)!;
    for (const first of ['Ф', 'ф', '«', '"', '7']) expect(opening.test(first)).toBe(true);
    for (const first of ['x', 'Ш', ' ']) expect(opening.test(first)).toBe(false);
  });

  it('reads a named group and a quantifier that keeps its atom', () => {
    const opening = openingOf(/^(?<kind>[Тт]ег)+:$/u)!;
    expect(opening.test('т')).toBe(true);
    expect(opening.test('Ж')).toBe(false);
  });

  it('takes an optional atom and the one after it', () => {
    const opening = openingOf(/^(?:автор\s+)?\d{0,2}фото$/iu)!;
    for (const first of ['А', '1', 'Ф']) expect(opening.test(first)).toBe(true);
    expect(opening.test('x')).toBe(false);
  });

  it('reads past a group with an empty alternative, which may match nothing', () => {
    const opening = openingOf(/^(?:@\S+\s|)♬\s\S+$/u)!;
    for (const first of ['@', '♬']) expect(opening.test(first)).toBe(true);
    expect(opening.test('x')).toBe(false);
    expect(openingOf(/^(?:a|)$/u)).toBeUndefined();
  });

  it('gives none when the opening may be skipped or is not read', () => {
    for (const pattern of [/^(?:автор\s+)?$/iu, /^a?$/u, /^.x$/u, /^(?=\d)\w+$/u, /фото$/iu, /^a|b$/u, /^фото$/i, /^\bx$/u]) expect(openingOf(pattern)).toBeUndefined();
  });

  it('lets every line the table matches through its rule opening', () => {
    const samples = ['Поделиться:', 'Читайте также:', 'Фото: пресс-служба', '12:30', 'Теги:', '#жаңалықтар', 'Главная / Новости', 'Реклама'];
    for (const rule of CLUTTER_RULES) {
      const opening = rule.line instanceof RegExp ? openingOf(rule.line) : undefined;
      if (opening === undefined || !(rule.line instanceof RegExp)) continue;
      for (const text of samples) if (rule.line.test(text)) expect(opening.test(String.fromCodePoint(text.codePointAt(0)!))).toBe(true);
    }
  });
});

describe('needsOf', () => {
  it('reads the figures, marks and ASCII letters every alternative takes', () => {
    expect(needsOf(/^\p{Lu}\p{Ll}+,\s+фото\s+автора$/u)).toEqual(['comma']);
    expect(needsOf(/^(?:выпуск|номер)\s*:\s*№\s*\d{1,4}$/iu).sort()).toEqual(['colon', 'digit']);
    expect(needsOf(/^(?:\d{4}-\d{2}T|новость\s+от\s+[0-9]{2})$/u)).toEqual(['digit']);
    expect(needsOf(/^[\p{L}\d-]+\.(?:kz|ru)$/iu)).toEqual(['latin']);
    expect(needsOf(/^(?=\S*\d)\w+$/u)).toEqual(['digit']);
    expect(needsOf(/^\p{Script=Latin}[\p{L}.]+\s+-\s+\S+$/u)).toEqual(['latin']);
  });

  it('needs nothing the pattern may match without: an optional atom, one alternative, a negative lookaround', () => {
    for (const pattern of [/^a?,*:{0,2}\d{0}$/u, /^(?:\d|x)$/u, /^(?!\d)\S+$/u, /^(?<!,)\S+$/u, /^[\d,]$/u, /^\u002c$/u]) expect(needsOf(pattern)).toEqual([]);
  });
});

describe('pairOpeningOf', () => {
  it('reads the first two characters of each alternative, or the first alone where the second is not read', () => {
    const opening = pairOpeningOf(/^(?:(?:читайте\s+также|мынаны)\s*:?)$|^[«"]\S+|^\d+$|^(?:x|yz)w$/iu)!;
    for (const first of ['Чи', 'мы', '«а', '7x', 'xa', 'yz']) expect(opening.test(first)).toBe(true);
    for (const first of ['Ча', 'м', '« ', 'ya', 'a1']) expect(opening.test(first)).toBe(false);
  });

  it('reads one character past an optional or repeated first atom, or before an optional second', () => {
    for (const [pattern, first] of [[/^(?:автор\s+)?фото$/iu, 'ф'], [/^a+b$/u, 'a'], [/^ab?c$/u, 'a'], [/^a(?=b)/u, 'a']] as const) expect(pairOpeningOf(pattern)!.test(first)).toBe(true);
    expect(pairOpeningOf(/фото$/iu)).toBeUndefined();
  });
});
