import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { syncSources } from '../../src/ingest/sync.ts';
import { addSource, throwawaySites, source } from '../../support/site.ts';

const site = throwawaySites();
const frontMatter = (paths: ReturnType<typeof site>) =>
  matter(readFileSync(join(paths.articles, '2026/01/zagolovok-novosti.md'), 'utf8'), {}).data;

describe('correction dates', () => {
  it('a changed published source records the day of the change as `modified`, kept while unchanged', async () => {
    const paths = site();
    addSource(paths, 'a.txt', source('2026-01-05', 'Заголовок новости'));
    await syncSources(paths, { today: '2026-01-05' });
    expect(frontMatter(paths)).not.toHaveProperty('modified');
    addSource(paths, 'a.txt', source('2026-01-05', 'Заголовок новости', 'Исправленный текст.'));
    await syncSources(paths, { today: '2026-01-07' });
    expect(frontMatter(paths).modified).toBe('2026-01-07');
    await syncSources(paths, { today: '2026-01-09' });
    expect(frontMatter(paths).modified).toBe('2026-01-07');
  });

  it('edits on the article\'s own day, to a draft, or publishing a draft later are not corrections', async () => {
    const paths = site();
    addSource(paths, 'a.txt', `draft\n${source('2026-01-05', 'Заголовок новости')}`);
    await syncSources(paths, { today: '2026-01-05' });
    addSource(paths, 'a.txt', `draft\n${source('2026-01-05', 'Заголовок новости', 'Второй вариант.')}`);
    await syncSources(paths, { today: '2026-01-06' });
    expect(frontMatter(paths)).toMatchObject({ draft: true });
    expect(frontMatter(paths)).not.toHaveProperty('modified');
    addSource(paths, 'a.txt', source('2026-01-05', 'Заголовок новости', 'Второй вариант.'));
    await syncSources(paths, { today: '2026-01-08' });
    expect(frontMatter(paths)).not.toHaveProperty('modified');
    expect(frontMatter(paths)).not.toHaveProperty('draft');
  });
});
