import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceHistory } from '../../src/ingest/source-history.ts';
import { commitAll, git } from '../helpers/git.ts';
import { throwawayFolders } from '../helpers/site.ts';

const folder = throwawayFolders();

/** A fresh repository whose sources sit in content/sources, as in a site. */
function repository(): { root: string; sources: string; save(name: string, text: string): void } {
  const root = folder();
  const sources = join(root, 'content/sources');
  mkdirSync(sources, { recursive: true });
  git(root, ['init', '--quiet']);
  return { root, sources, save: (name, text) => writeFileSync(join(sources, name), text) };
}

describe('when a source last changed, by git', () => {
  it('the Almaty day of the last commit touching the source: 20:30 UTC is the next day in Almaty', () => {
    const repo = repository();
    repo.save('a.txt', 'first');
    repo.save('b.txt', 'first');
    commitAll(repo.root, '2026-01-05T10:00:00+05:00');
    repo.save('a.txt', 'corrected');
    commitAll(repo.root, '2026-01-20T20:30:00Z');
    const history = new SourceHistory(repo.sources);
    expect(history.lastChange('a.txt')).toBe('2026-01-21');
    expect(history.lastChange('b.txt')).toBe('2026-01-05');
  });

  it('a photo committed later, whatever the case of its extension, dates its source', () => {
    const repo = repository();
    repo.save('a.txt', 'text');
    commitAll(repo.root, '2026-01-05T10:00:00+05:00');
    repo.save('a.JPG', 'photo');
    commitAll(repo.root, '2026-01-09T10:00:00+05:00');
    expect(new SourceHistory(repo.sources).lastChange('a.txt')).toBe('2026-01-09');
  });

  it('nothing when the source or its photo has changes not committed, is not committed, or there is no repository', () => {
    const repo = repository();
    for (const name of ['edited.txt', 'staged.txt', 'photo.txt']) repo.save(name, 'text');
    commitAll(repo.root, '2026-01-05T10:00:00+05:00');
    repo.save('edited.txt', 'changed');
    repo.save('staged.txt', 'changed');
    git(repo.root, ['add', 'content/sources/staged.txt']);
    repo.save('photo.webp', 'new photo');
    repo.save('new.txt', 'text');
    const history = new SourceHistory(repo.sources);
    for (const name of ['edited.txt', 'staged.txt', 'photo.txt', 'new.txt']) expect(history.lastChange(name), name).toBeUndefined();

    const plain = join(folder(), 'sources');
    mkdirSync(plain);
    writeFileSync(join(plain, 'a.txt'), 'text');
    expect(new SourceHistory(plain).lastChange('a.txt')).toBeUndefined();
  });
});
