import { afterAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/site/settings.ts';
import { fullUrl } from '../../src/site/urls.ts';
import { makeSite } from '../helpers/site.ts';

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
