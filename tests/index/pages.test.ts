import { describe, expect, it } from 'vitest';
import { dateRange } from '../../src/index/dates.ts';
import { paginate } from '../../src/index/pages.ts';

/** `n` items, newest first: n, n-1, ..., 1 (so an item's value is its oldest-first position + 1). */
const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i);
/** Each page as `url items prev next`, for one readable comparison. */
const describePages = (n: number) =>
  paginate(newestFirst(n), 3, '/t/').map((page) => `${page.url} [${page.items.join(' ')}] ${page.previousUrl ?? '-'} ${page.nextUrl ?? '-'}`);

describe('paginate (3 per page), numbered from the oldest', () => {
  it('an empty list has only the base page, empty', () => {
    expect(paginate([], 3, '/t/')).toEqual([{ url: '/t/', items: [] }]);
  });

  it.each([1, 3])('%i items fit on the base page: no numbered page, no links', (n) => {
    expect(describePages(n)).toEqual([`/t/ [${newestFirst(n).join(' ')}] - -`]);
  });

  it('4 items: the base page shows the newest three; page 1 holds the oldest three', () => {
    expect(describePages(4)).toEqual(['/t/ [4 3 2] - /t/page/1/', '/t/page/1/ [3 2 1] /t/ -']);
  });

  it('6 items: the newest chunk is the base page itself, so it gets no numbered page', () => {
    expect(describePages(6)).toEqual(['/t/ [6 5 4] - /t/page/1/', '/t/page/1/ [3 2 1] /t/ -']);
  });

  it('7 items: pages 1 and 2, linked newer to older; page 2 links up to the base page', () => {
    expect(describePages(7)).toEqual([
      '/t/ [7 6 5] - /t/page/2/',
      '/t/page/2/ [6 5 4] /t/ /t/page/1/',
      '/t/page/1/ [3 2 1] /t/page/2/ -',
    ]);
  });

  it('numbers the base page not at all and each numbered page by its chunk', () => {
    expect(paginate(newestFirst(7), 3, '/').map((page) => page.number)).toEqual([undefined, 2, 1]);
  });

  it('a newer item changes the base page and, when a chunk fills, adds a page and relinks the previous newest one', () => {
    const byUrl = (n: number) => new Map(paginate(newestFirst(n), 3, '/').map((page) => [page.url, JSON.stringify(page)]));
    for (let n = 0; n < 20; n++) {
      const before = byUrl(n);
      const after = byUrl(n + 1);
      const changed = [...after.keys()].filter((url) => before.get(url) !== after.get(url));
      // The newest chunk was full and on the base page: it now gets its page, after the previous newest numbered one.
      const filled = n >= 3 && n % 3 === 0 ? n / 3 : 0;
      const expected = filled ? ['/', `/page/${filled}/`, ...(filled > 1 ? [`/page/${filled - 1}/`] : [])] : ['/'];
      expect(changed.sort()).toEqual(expected.sort());
      expect([...before.keys()].every((url) => after.has(url))).toBe(true);
    }
  });
});

describe('the days a numbered page covers', () => {
  it.each([
    ['2025-03-12', '2025-03-12', 'ru', '12 марта 2025'],
    ['2025-03-02', '2025-03-14', 'ru', '2–14 марта 2025'],
    ['2025-02-28', '2025-03-03', 'ru', '28 февраля\u00A0— 3 марта 2025'],
    ['2024-12-30', '2025-01-02', 'ru', '30 декабря 2024\u00A0— 2 января 2025'],
    ['2025-03-12', '2025-03-14', 'kk', '12–14 наурыз 2025'],
  ] as const)('%s to %s (%s): %s', (oldest, newest, lang, expected) => {
    expect(dateRange(oldest, newest, lang)).toBe(expected);
  });
});
