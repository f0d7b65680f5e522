import { describe, expect, it } from 'vitest';
import { checkArticleUrl } from '../../src/index/article-url.ts';

describe('checkArticleUrl', () => {
  it.each(['/2026/01/slug/', '/2026/01/новость/', '/a.b/c_d-e/'])('accepts the site path %s', (url) => {
    expect(checkArticleUrl(url, 'x.md')).toBe(url);
  });

  it.each([
    'javascript:alert(1)', 'https://evil.example/', '//evil.example/', '/../../outside/', '/2026/../x/', '/./x/',
    '/a\\b/', '/a b/', '/a?b/', '/a#b/', '/%2e%2e/x/', '/a//b/', '/no-trailing-slash', 'relative/', '/a\u0000/',
  ])('refuses %j with the file named', (url) => {
    expect(() => checkArticleUrl(url, 'content/articles/x.md')).toThrow(/^content\/articles\/x\.md: `url` must be a path within the site/);
  });
});
