import { readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { syncSources } from '../../src/ingest/sync.ts';
import { addPhoto } from '../helpers/photos.ts';
import { addFixtureSource, addSource, throwawaySites, source } from '../../support/site.ts';

const site = throwawaySites();
const senateMd = '2026/01/spiker-senata-vstretilsya-s-ministrom-inostrannykh-del-izrailya.md';
const frontMatter = (paths: ReturnType<typeof site>, file: string) => matter(readFileSync(join(paths.articles, file), 'utf8')).data;

describe('lead photos at ingest', () => {
  it('an image with the source’s base name is recorded as its photo; other images are not', async () => {
    const paths = site();
    addFixtureSource(paths, '2026-01-27-senate-israel.txt');
    await addPhoto(paths, '2026-01-27-senate-israel.jpg');
    await addPhoto(paths, 'unrelated.jpg');
    await syncSources(paths);
    expect(frontMatter(paths, senateMd)).toMatchObject({ photo: '2026-01-27-senate-israel.jpg', photoCredit: 'Сенат' });
    expect(frontMatter(paths, senateMd).photoAlt).toBeUndefined();
  });

  it('adding or removing the photo alone rewrites the article', async () => {
    const paths = site();
    addFixtureSource(paths, '2026-01-27-senate-israel.txt');
    await syncSources(paths);
    expect(frontMatter(paths, senateMd).photo).toBeUndefined();
    await addPhoto(paths, '2026-01-27-senate-israel.webp');
    expect((await syncSources(paths)).written).toEqual(['2026-01-27-senate-israel.txt']);
    expect(frontMatter(paths, senateMd).photo).toBe('2026-01-27-senate-israel.webp');
    unlinkSync(join(paths.sources, '2026-01-27-senate-israel.webp'));
    expect((await syncSources(paths)).written).toEqual(['2026-01-27-senate-israel.txt']);
    expect(frontMatter(paths, senateMd).photo).toBeUndefined();
  });

  it('an `Alt:` line is the photo’s description and not a paragraph; without a photo it is dropped', async () => {
    const paths = site();
    addSource(paths, 'a.txt', source('2026-05-01', 'С фото', 'Текст.\nAlt: Зал заседаний Сената\nФото: Сенат'));
    addSource(paths, 'b.txt', source('2026-05-01', 'Без фото', 'Текст.\nAlt: Описание'));
    await addPhoto(paths, 'a.png', 600, 400);
    await syncSources(paths);
    const withPhoto = matter(readFileSync(join(paths.articles, '2026/05/s-foto.md'), 'utf8'));
    expect(withPhoto.data).toMatchObject({ photo: 'a.png', photoAlt: 'Зал заседаний Сената', photoCredit: 'Сенат' });
    expect(withPhoto.content.trim()).toBe('Текст.');
    expect(frontMatter(paths, '2026/05/bez-foto.md').photoAlt).toBeUndefined();
  });
});
