import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** habar's own files that its pages are made with: its code, its Eleventy config, its dependencies' versions. */
export const HABAR_INPUTS = ['src', '.eleventy.ts', 'package-lock.json'];

let codeHash: string | undefined;

/** A hash of habar's own code and dependencies (computed once per process). */
export function hashHabarCode(): string {
  if (!codeHash) {
    const hash = createHash('sha256');
    const habarDir = habarFolder();
    for (const name of HABAR_INPUTS) hashTree(hash, join(habarDir, name), name);
    codeHash = hash.digest('hex');
  }
  return codeHash;
}

/** Every file below `path` (or `path` itself), by name and bytes, in a fixed order; `skipped` folders left out. */
export function hashTree(hash: Hash, path: string, name: string, skipped = new Set<string>()): void {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats || skipped.has(path)) return;
  if (stats.isDirectory()) {
    for (const entry of readdirSync(path).sort()) hashTree(hash, join(path, entry), `${name}/${entry}`, skipped);
    return;
  }
  const bytes = readFileSync(path);
  hash.update(`file ${name} ${bytes.length}\n`).update(bytes);
}

/**
 * habar's own folder: the nearest above this module with habar's package.json. A copy compiled
 * to JavaScript (support/compiled-habar.ts) runs from below it and hashes the same sources.
 */
function habarFolder(): string {
  for (let dir = import.meta.dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (statSync(manifest, { throwIfNoEntry: false }) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'habar') return dir;
  }
  throw new Error(`no package.json of habar above ${import.meta.dirname}`);
}
