import { describe, expect, it } from 'vitest';
import { editionAt, editionOf } from '../../src/index/editions.ts';
import { translations } from '../../src/index/translations.ts';
import type { Edition } from '../../src/core/settings/settings.ts';

const TWO: Edition[] = [{ lang: 'kk', path: '/kk/' }, { lang: 'ru', path: '/' }];
const ONE: Edition[] = [{ lang: 'ru', path: '/' }];

describe('editions', () => {
  it('an article is in the edition of its language, Kazakh in any script in kk; without one, in the edition at /', () => {
    expect(editionOf('kk-Arab', TWO)).toBe(TWO[0]);
    expect(editionOf('ru', TWO)).toBe(TWO[1]);
    expect(editionOf('kk', ONE)).toBe(ONE[0]);
  });

  it('any other page is in the edition its URL is under', () => {
    expect(editionAt('/kk/tags/senat/', TWO)).toBe(TWO[0]);
    expect(editionAt('/kk/feed.xml', TWO)).toBe(TWO[0]);
    expect(editionAt('/tags/senat/', TWO)).toBe(TWO[1]);
    expect(editionAt('/404.html', TWO)).toBe(TWO[1]);
  });
});

describe('translations', () => {
  const article = (source: string, lang: 'ru' | 'kk' | 'kk-Arab') => ({ file: `${source}.md`, source, lang, url: `/${source}/` });

  it('pair sources named alike, one per language, the edition at / first, the source without a language marked original', () => {
    const found = translations([article('story.kk.txt', 'kk'), article('story.txt', 'ru'), article('other.txt', 'ru')], TWO);
    const expected = [{ lang: 'ru', url: '/story.txt/', original: true }, { lang: 'kk', url: '/story.kk.txt/' }];
    expect(found.get('story.txt.md')).toEqual(expected);
    expect(found.get('story.kk.txt.md')).toEqual(expected);
    expect(found.has('other.txt.md')).toBe(false);
  });

  it('a second source in the same language is no translation; nor is a story told in one language', () => {
    const found = translations([article('a.txt', 'ru'), article('a.ru.txt', 'ru'), article('b.kk.txt', 'kk')], TWO);
    expect(found.size).toBe(0);
  });
});
