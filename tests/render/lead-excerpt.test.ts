import { describe, expect, it } from 'vitest';
import { leadExcerpt } from '../../src/render/reader-filters.ts';

describe('a list item\'s excerpt', () => {
  it.each([
    ['Сенаторы поддержали изменения. Документ направлен на подпись.', 'Сенаторы поддержали изменения.'],
    ['Аким г. Астана встретился с Ж. Смаиловым! «Это важно», — сказал он.', 'Аким г. Астана встретился с Ж. Смаиловым!'],
    ['В 2026 г. рост составил 5 %. 2027 год будет лучше.', 'В 2026 г. рост составил 5 %.'],
    ['«Мы готовы». Так ответил министр.', '«Мы готовы».'],
    ['Вопрос? ответ строчной буквой. Потом второе.', 'Вопрос? ответ строчной буквой.'],
    ['Одно предложение без точки', 'Одно предложение без точки'],
  ])('is the lead\'s first sentence: %s', (lead, excerpt) => {
    expect(leadExcerpt(lead)).toBe(excerpt);
  });

  it('is cut at a word, with …, when the first sentence runs past 200 characters', () => {
    const long = `${'Слово '.repeat(50)}конец. Второе предложение.`;
    const excerpt = leadExcerpt(long);
    expect(excerpt.length).toBeLessThanOrEqual(201);
    expect(excerpt).toMatch(/Слово…$/);
  });
});
