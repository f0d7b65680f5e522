import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CACHE_DIR, type SitePaths } from '../../core/paths.ts';
import type { ReaderIndex } from '../../index/reader-index.ts';
import { fingerprintShards, PageRecord, type PageRecordFile } from './page-fingerprints.ts';

/** What each page was made from (page-fingerprints.ts), and a digest of each search bundle's fingerprint by shard id. */
export interface SiteDigests {
  pages: PageRecord;
  shards: Map<string, string>;
}

/** A digest of each search bundle's fingerprint, by shard id. */
export function digestShards(index: ReaderIndex): Map<string, string> {
  return digestAll(fingerprintShards(index.search));
}

interface RecordFile {
  inputs: string;
  output: string;
  pages: PageRecordFile;
  shards: [string, string][];
}

/**
 * What the last build of an output folder wrote, kept for the next build
 * (`.cache/habar/<output>.json`): the digests of its pages and search bundles, the hash of what
 * else they were made from (build-inputs.ts, habar's own code included), and which folder it
 * wrote. A record holds for a build only when both are the same: another folder in the output's
 * place (deleted, moved, restored from elsewhere) or other templates or settings mean a full build.
 */
export class BuildRecord {
  private readonly file: string;

  constructor(
    private readonly paths: SitePaths,
    private readonly inputs: string,
  ) {
    this.file = recordFile(paths);
  }

  /** The last build's digests, if its record holds for the output as it is now and for these inputs. */
  read(): SiteDigests | undefined {
    let record: Partial<RecordFile> | null;
    try {
      record = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<RecordFile> | null;
    } catch {
      return undefined;
    }
    const output = outputIdentity(this.paths.output);
    if (!record || record.inputs !== this.inputs || !output || record.output !== output) return undefined;
    const pages = PageRecord.fromFile(record.pages);
    if (!pages || !Array.isArray(record.shards)) return undefined;
    return { pages, shards: new Map(record.shards) };
  }

  /** Records the output as it is now, built with these inputs, with these digests. */
  save(digests: SiteDigests): void {
    const output = outputIdentity(this.paths.output);
    if (!output) throw new Error(`${this.paths.output} is missing after the build`);
    const record: RecordFile = {
      inputs: this.inputs,
      output,
      pages: digests.pages.toFile(),
      shards: [...digests.shards],
    };
    mkdirSync(join(this.paths.root, CACHE_DIR), { recursive: true });
    const temporary = `${this.file}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify(record));
    renameSync(temporary, this.file);
  }
}

/**
 * For `copy`, a copy of the whole site root `original` (tests that share one build): when the
 * original's record holds for its output, the copy's holds for the copy's, which has the same bytes.
 */
export function recordCopiedOutput(original: SitePaths, copy: SitePaths): void {
  const file = recordFile(copy);
  if (!existsSync(file)) return;
  const record = JSON.parse(readFileSync(file, 'utf8')) as RecordFile;
  if (record.output !== outputIdentity(original.output)) return;
  writeFileSync(file, JSON.stringify({ ...record, output: outputIdentity(copy.output) }));
}

/** For anything else that changes an output in place (the warm builder): its next build is a full one. */
export function forgetLastBuild(paths: SitePaths): void {
  rmSync(recordFile(paths), { force: true });
}

function recordFile(paths: SitePaths): string {
  return join(paths.root, CACHE_DIR, `${basename(paths.output)}.json`);
}

/**
 * Which folder is at `output`: its inode, when it was created, and when an entry directly in it
 * last changed. A folder deleted and built again, or put back from elsewhere, differs.
 */
function outputIdentity(output: string): string | undefined {
  const stats = statSync(output, { bigint: true, throwIfNoEntry: false });
  return stats && `${stats.dev}:${stats.ino}:${stats.birthtimeNs}:${stats.mtimeNs}`;
}

/** A short digest of each fingerprint. */
function digestAll(fingerprints: Map<string, string>): Map<string, string> {
  const digests = new Map<string, string>();
  for (const [key, fingerprint] of fingerprints) digests.set(key, createHash('sha1').update(fingerprint).digest('base64').slice(0, 16));
  return digests;
}
