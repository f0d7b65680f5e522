import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syncSources } from '../../src/ingest/sync.ts';
import { SiteFileError } from '../../src/core/errors.ts';
import { makeSite } from '../../support/site.ts';

let site: ReturnType<typeof makeSite>;
afterEach(() => site.cleanup());

function registryWith(registry: unknown): void {
  mkdirSync(site.articles, { recursive: true });
  writeFileSync(join(site.articles, 'registry.json'), JSON.stringify(registry));
}

describe('a hand-edited registry.json cannot make ingest touch files outside content/articles', () => {
  it.each([
    ['../../victim.md', 'a path that climbs out'],
    ['/tmp/victim.md', 'an absolute path'],
    ['2026/01/x.txt', 'a file that is not Markdown'],
  ])('refuses %s (%s) and deletes nothing', async (file) => {
    site = makeSite();
    const victim = join(site.root, 'victim.md');
    writeFileSync(victim, 'keep me');
    // The source is gone, so ingest would delete the article it remembers.
    registryWith({ articles: { 'gone.txt': { file, url: '/x/', sourceHash: 'a', markdownHash: 'b' } }, tags: {} });
    const failure = await syncSources(site).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SiteFileError);
    expect((failure as SiteFileError).reason).toMatch(/^the article of gone\.txt must be a \.md path inside the articles folder/);
    expect(existsSync(victim)).toBe(true);
  });

  it('refuses a tag slug that is not lowercase letters, digits and -', async () => {
    site = makeSite();
    registryWith({ articles: {}, tags: { 'сенат': '../../senat' } });
    await expect(syncSources(site)).rejects.toThrow(/the slug of tag сенат must be lowercase letters, digits and -/);
  });

  it('names a registry that is not JSON', async () => {
    site = makeSite();
    mkdirSync(site.articles, { recursive: true });
    writeFileSync(join(site.articles, 'registry.json'), '{ "articles": ');
    await expect(syncSources(site)).rejects.toThrow(/registry\.json: it is not valid JSON/);
  });
});
