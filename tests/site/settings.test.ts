import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/site/settings.ts';
import { fullUrl } from '../../src/site/urls.ts';
import { runHabar } from '../helpers/cli.ts';
import { addSource, makeSite, source } from '../helpers/site.ts';

const site = makeSite({ url: 'https://habar.example.kz/', pathPrefix: 'news' });
afterAll(() => site.cleanup());

describe('site settings', () => {
  it('normalizes the base URL and the path prefix', () => {
    const settings = loadSettings(site.root, {});
    expect(settings).toMatchObject({ url: 'https://habar.example.kz', pathPrefix: '/news/', name: 'Habar', lang: 'ru' });
    expect(fullUrl('/2026/01/slug/', settings)).toBe('https://habar.example.kz/news/2026/01/slug/');
  });

  it('HABAR_URL and HABAR_PATH_PREFIX override the file for one build', () => {
    const settings = loadSettings(site.root, { HABAR_URL: 'https://owner.github.io', HABAR_PATH_PREFIX: '/habar/' });
    expect(fullUrl('/', settings)).toBe('https://owner.github.io/habar/');
    expect(loadSettings(site.root, { HABAR_PATH_PREFIX: '/' }).pathPrefix).toBe('/');
  });
});

describe('pathPrefix', () => {
  it('row 16: a pathPrefix holding a newline, .. or a space is refused with one line naming the file and the fix', () => {
    const fix = 'pathPrefix must be / or a path such as /news/ made of Latin letters, digits, -, _, . and ~ (no .. folder, space or other character)';
    for (const [value, found] of [
      ['/n\nX-Evil: 1\n/', String.raw`"/n\nX-Evil: 1\n/"`],
      ['/news/../', '"/news/../"'],
      ['..', '".."'],
      ['/my news/', '"/my news/"'],
      ['/news?x=1/', '"/news?x=1/"'],
      ['/новости/', '"/новости/"'],
      [7, '7'],
    ] as const) {
      const bad = makeSite({ pathPrefix: value });
      try {
        expect(() => loadSettings(bad.root, {}), String(value)).toThrow(`content/_data/site.json: ${fix}, found ${found}`);
      } finally {
        bad.cleanup();
      }
    }
    expect(() => loadSettings(site.root, { HABAR_PATH_PREFIX: '/a b/' })).toThrow(`HABAR_PATH_PREFIX: ${fix}, found "/a b/"`);
    for (const [value, prefix] of [['/', '/'], ['', '/'], ['news', '/news/'], ['//a.b/c_d-e~/', '/a.b/c_d-e~/']]) {
      const good = makeSite({ pathPrefix: value });
      try {
        expect(loadSettings(good.root, {}).pathPrefix).toBe(prefix);
      } finally {
        good.cleanup();
      }
    }
  });

  it('row 16: a build refuses it before writing anything: no header line is injected into _site/_headers', () => {
    const bad = makeSite({ pathPrefix: '/n\nX-Evil: 1\n/' });
    try {
      addSource(bad, 'park.txt', source('2026-01-28', 'В Астане открылся новый парк'));
      const result = runHabar(bad.root, ['build']);
      expect(result.code).toBe(1);
      expect(result.stderr.split('\n')[0]).toMatch(/^content\/_data\/site\.json: pathPrefix must be .+, found "\/n\\nX-Evil: 1\\n\/"$/);
      expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
      expect(existsSync(join(bad.root, '_site'))).toBe(false);
    } finally {
      bad.cleanup();
    }
  });
});
