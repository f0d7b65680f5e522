import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/source/errors.ts';
import { parseSource } from '../../src/source/parse.ts';

describe('draft marker', () => {
  it('`draft` alone above the date line marks a draft and is not part of the article', () => {
    const article = parseSource('\n  DRAFT \ndate 2026-05-04 Заголовок статьи здесь\n\nТекст.\n');
    expect(article).toMatchObject({ draft: true, title: 'Заголовок статьи здесь', paragraphs: ['Текст.'] });
  });

  it('the word draft anywhere else is article text', () => {
    const inBody = parseSource('date 2026-05-04 Draft law on budget\n\ndraft\n\nDraft of the law.\n');
    expect(inBody).toMatchObject({ title: 'Draft law on budget', paragraphs: ['draft', 'Draft of the law.'] });
    expect(inBody).not.toHaveProperty('draft');
  });

  it('a line that merely starts with draft is not the marker', () => {
    const result = parseSource('draft: yes\ndate 2026-05-04 Заголовок\n\nТекст.\n');
    expect(result).toBeInstanceOf(SourceError);
    expect((result as SourceError).format()).toBe(':1: the first line must be `date YYYY-MM-DD Title`, found "draft: yes"');
  });

  it('a draft still needs its date line, blamed on the right line', () => {
    const result = parseSource('draft\nЗаголовок без даты\n\nТекст.\n');
    expect((result as SourceError).line).toBe(2);
  });

  it('a draft pasted under a date line with the date alone and no headline names the date line for the fix', () => {
    const result = parseSource('draft\ndate 2026-05-04\nДвое пострадали.\nНа трассе столкнулись две машины, сообщает полиция области.\n');
    expect((result as SourceError).format()).toBe(":3: the page's first line reads as a lead paragraph (it is a sentence ending in a period), and no headline is printed above it; write the headline after the date on line 2: `date 2026-05-04 Headline`");
  });
});
