import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CustomRecord } from 'pagefind';

/**
 * Written into each search bundle: a hash of the records it was indexed from and of Pagefind's
 * version. Pagefind writes the same bundle for the same records, so a rebuild whose records of a
 * shard hash the same takes the last build's bundle instead of indexing them again (at 10k
 * articles, adding one article re-indexes one year's bundle instead of ten).
 */
export const RECORDS_HASH_FILE = 'habar-records.sha256';

const pagefindVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/** The hash of a shard's search records, in the order they are indexed. */
export function recordsHash(records: CustomRecord[]): string {
  const hash = createHash('sha256').update(`pagefind ${pagefindVersion}\n`);
  for (const record of records) hash.update(`${JSON.stringify(record)}\n`);
  return hash.digest('hex');
}

/**
 * Puts the previous build's bundle at `bundle` when it was indexed from records with this `hash`;
 * says whether it did. Files are hard links where the file system allows (the previous build is
 * removed once the new one is in place), copies elsewhere.
 */
export function reuseBundle(previous: string, bundle: string, hash: string): boolean {
  const previousHash = join(previous, RECORDS_HASH_FILE);
  if (!existsSync(previousHash) || readFileSync(previousHash, 'utf8') !== hash) return false;
  linkTree(previous, bundle);
  return true;
}

/** Keeps `hash`, of the records `bundle` was indexed from, in the bundle. */
export function recordRecordsHash(bundle: string, hash: string): void {
  writeFileSync(join(bundle, RECORDS_HASH_FILE), hash);
}

function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}
