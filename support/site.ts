import { afterEach } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { recordCopiedOutput } from '../src/build/incremental/last-build.ts';
import { sitePaths, type SitePaths } from '../src/core/paths.ts';

export const projectRoot = join(import.meta.dirname, '..');
export const fixtures = join(projectRoot, 'tests/fixtures');

/**
 * A throwaway site root (a new temporary folder unless `root` is given) holding a copy of the
 * project's templates, layouts and settings, with no sources: each test adds the ones it needs.
 */
export function makeSite(settings: Record<string, unknown> = {}, root = mkdtempSync(join(tmpdir(), 'habar-site-'))): SitePaths & { cleanup(): void } {
  const content = join(root, 'content');
  mkdirSync(join(content, 'sources'), { recursive: true });
  for (const entry of readdirSync(join(projectRoot, 'content'))) {
    if (entry === 'sources' || entry === 'articles') continue;
    cpSync(join(projectRoot, 'content', entry), join(content, entry), { recursive: true });
  }
  cpSync(join(projectRoot, 'layouts'), join(root, 'layouts'), { recursive: true });
  // As in the project's own root: the site's TypeScript templates are ES modules.
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  const siteJson = join(content, '_data/site.json');
  writeFileSync(siteJson, JSON.stringify({ ...JSON.parse(readFileSync(siteJson, 'utf8')), ...settings }, null, 2));
  return { ...sitePaths(root), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * A copy of a whole site root (sources, articles, output, the record of its last build), so tests
 * can share one build and change their own copy; the copy's next build is an update build when the
 * original's would be.
 */
export function copySite(paths: SitePaths): SitePaths & { cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), 'habar-site-'));
  cpSync(paths.root, root, { recursive: true });
  const copy = sitePaths(root);
  recordCopiedOutput(paths, copy);
  return { ...copy, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function addSource(paths: SitePaths, name: string, text: string | Buffer): void {
  writeFileSync(join(paths.sources, name), text);
}

/** The fixture sources the parser publishes: those whose expectation is Markdown, not a refusal. */
export function publishedFixtures(): string[] {
  return readdirSync(join(fixtures, 'sources')).filter((name) => existsSync(join(fixtures, 'markdown', name.replace(/\.txt$/u, '.md')))).sort();
}

export function addFixtureSource(paths: SitePaths, name: string, as = name): void {
  cpSync(join(fixtures, 'sources', name), join(paths.sources, as));
}

/** Every file below `dir` with its bytes, for before/after comparisons. */
export function snapshotTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const path = join(current, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

/** A minimal valid source. */
export function source(date: string, title: string, body = 'Текст сообщения.', tags = ''): string {
  return `date ${date} ${title}\n\n${body}\n${tags ? `\n${tags}\n` : ''}`;
}

/** Call at the top of a test file: a `site()` factory (makeSite with `settings`) whose sites are removed after each test. */
export function throwawaySites(settings: Record<string, unknown> = {}): () => ReturnType<typeof makeSite> {
  const made: Array<ReturnType<typeof makeSite>> = [];
  afterEach(() => made.splice(0).forEach((site) => site.cleanup()));
  return () => {
    const site = makeSite(settings);
    made.push(site);
    return site;
  };
}

/** Call at the top of a test file: a factory of empty folders, removed after each test. */
export function throwawayFolders(prefix = 'habar-test-'): () => string {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/** Relative paths of the files that differ between two trees, or exist in only one; empty when identical. */
export function differingFiles(expectedDir: string, actualDir: string): string[] {
  const expected = snapshotTree(expectedDir);
  const actual = snapshotTree(actualDir);
  return [...new Set([...expected.keys(), ...actual.keys()])].filter((file) => expected.get(file) !== actual.get(file)).sort();
}
