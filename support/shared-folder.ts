import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HABAR_INPUTS, hashTree } from '../src/core/code-version.ts';
import { almatyToday } from '../src/core/time/today.ts';

const projectRoot = join(import.meta.dirname, '..');

/** Folders of other inputs younger than this are kept when one is made (a run still going may use them). */
const KEPT_FOR_MS = 60 * 60 * 1000;

/** A short hash of the project's `paths` (files or folders, by name and bytes) and `extra`. */
export function hashInputs(paths: string[], extra = ''): string {
  const hash = createHash('sha256');
  for (const name of paths) hashTree(hash, join(projectRoot, name), name);
  return hash.update(`\0${extra}`).digest('hex').slice(0, 16);
}

/**
 * A hash of what a test site built by habar from the project's templates and the fixture sources
 * (support/site.ts) is made from: habar, the templates, layouts and data, the fixtures, `builder`
 * (the module that builds it), its `settings`, the day (which decides what is scheduled) and any
 * HABAR_ variable.
 */
export function hashBuiltSite(builder: string, settings: unknown): string {
  const content = readdirSync(join(projectRoot, 'content')).filter((entry) => entry !== 'sources' && entry !== 'articles');
  const inputs = [...HABAR_INPUTS, 'layouts', ...content.map((entry) => `content/${entry}`), 'tests/fixtures/sources', 'tests/fixtures/markdown', 'support/site.ts', builder];
  const variables = Object.entries(process.env).filter(([name]) => name.startsWith('HABAR_')).sort();
  return hashInputs(inputs, JSON.stringify([settings, almatyToday(), variables]));
}

/**
 * Puts `draft` in place as `dir`, a folder shared by every test worker and run made from the same
 * inputs: renamed, so no one sees half of it; when another made `dir` first, theirs is kept and
 * `draft` removed. Then removes the other folders beside `dir` that are more than an hour old.
 */
export function publishFolder(draft: string, dir: string): void {
  try {
    renameSync(draft, dir);
  } catch (error) {
    rmSync(draft, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  }
  const parent = join(dir, '..');
  for (const other of readdirSync(parent)) {
    const path = join(parent, other);
    if (path !== dir && Date.now() - statSync(path).mtimeMs > KEPT_FOR_MS) rmSync(path, { recursive: true, force: true });
  }
}

/** The folder for inputs of hash `hash` under `parent`, made by `make(draft)` unless there already; see publishFolder. */
export async function sharedFolder(parent: string, hash: string, make: (draft: string) => void | Promise<void>): Promise<string> {
  const dir = join(parent, hash);
  if (existsSync(dir)) return dir;
  mkdirSync(parent, { recursive: true });
  const draft = `${dir}.${process.pid}`;
  await make(draft);
  publishFolder(draft, dir);
  return dir;
}
