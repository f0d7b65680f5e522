import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleBody } from '../../../src/index/body/article-body.ts';
import { SiteFileError } from '../../../src/core/errors.ts';
import { throwawayFolders } from '../../../support/site.ts';

const newFolder = throwawayFolders('habar-body-');
const file = 'content/articles/2026/01/hand.md';

function siteWith(text: string): string {
  const root = newFolder();
  mkdirSync(join(root, 'content/articles/2026/01'), { recursive: true });
  writeFileSync(join(root, file), text);
  return root;
}

describe('readArticleBody', () => {
  it('reads what follows the front matter, which it does not parse', () => {
    // Not YAML at all: the build reads the front matter when it loads the articles, not here.
    const root = siteWith('---\ntitle: [not closed\n---\nПервый абзац.\n\n---\n\nВторой.\n');
    expect(readArticleBody(root, file)).toBe('Первый абзац.\n\n---\n\nВторой.\n');
  });

  it('reads a hand-edited file saved with Windows line endings', () => {
    const root = siteWith('---\r\ntitle: Сенат\r\n---\r\nТекст.\r\n');
    expect(readArticleBody(root, file)).toBe('Текст.\r\n');
  });

  it('names the file and says what to do when it is gone', () => {
    const root = newFolder();
    expect(() => readArticleBody(root, file)).toThrow(SiteFileError);
    expect(() => readArticleBody(root, file)).toThrow(`${file}: it was removed or moved while the site was being built; build again`);
  });
});
