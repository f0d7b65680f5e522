import { readFileSync } from 'node:fs';
import { faultPoint } from '../core/process/fault-injection.ts';
import type { WritingFolder } from './writing-folder.ts';
import { checkRegistry, type Registry } from './registry-shape.ts';
import { SiteFileError } from '../core/errors.ts';

export const REGISTRY_FILE = 'registry.json';

export function loadRegistry(path: string): Registry {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { articles: {}, tags: {} };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SiteFileError(path, `it is not valid JSON (${(error as Error).message}); restore it from version control`);
  }
  return checkRegistry(parsed, path);
}

/** Keys sorted, so the committed file only changes where the content did. Replaced whole: a failed save leaves the last one. */
export function saveRegistry(path: string, registry: Registry, writing: WritingFolder): void {
  const sorted: Registry = { ...(registry.parser !== undefined && { parser: registry.parser }), articles: sortKeys(registry.articles), tags: sortKeys(registry.tags) };
  writing.write(path, `${JSON.stringify(sorted, null, 2)}\n`);
  faultPoint('ingest:registry-saved');
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
