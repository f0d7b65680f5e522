import { createHash } from 'node:crypto';
import { ReadRecorder, ReadTable, type StoredNode } from '../../render/page-reads.ts';
import { pageItems } from '../../render/pages-to-write.ts';
import type { ReaderIndex } from '../../index/reader-index.ts';
import type { SearchShard } from '../../index/search-shards.ts';
import type { SiteArticle } from '../../index/site-index.ts';

/** A page's reads (an id in the table of reads) and the digest of the values read. */
interface PageEntry {
  read: number;
  digest: string;
}

export interface PageRecordFile {
  nodes: StoredNode[];
  pages: [string, number, string][];
}

/**
 * What each page of a site is made from: the parts of the data its templates read when it was last
 * written (site/page-reads.ts), with a digest of their values. A page is written again when the
 * same parts of the new index digest differently, whatever its templates show: the same reads of
 * the same values give the same page.
 */
export class PageRecord {
  private constructor(
    private readonly table: ReadTable,
    private readonly pages: Map<string, PageEntry>,
  ) {}

  static empty(): PageRecord {
    return new PageRecord(new ReadTable(), new Map());
  }

  /** From the build record's file; undefined when it is not one. */
  static fromFile(file: unknown): PageRecord | undefined {
    const { nodes, pages } = (file ?? {}) as Partial<PageRecordFile>;
    if (!Array.isArray(nodes) || !Array.isArray(pages)) return undefined;
    return new PageRecord(new ReadTable(nodes), new Map(pages.map(([url, read, digest]) => [url, { read, digest }])));
  }

  /** Only the reads the pages use, numbered afresh. */
  toFile(): PageRecordFile {
    const { table, ids } = this.table.compact([...this.pages.values()].map((entry) => entry.read));
    return { nodes: table.nodes, pages: [...this.pages].map(([url, { read, digest }]) => [url, ids.get(read)!, digest]) };
  }

  /** Records what the pages of each Eleventy run read of `index` (as it is when they are written). */
  recorder(index: () => ReaderIndex): ReadRecorder {
    return new ReadRecorder(index, this.table, (reads) => this.update(index(), reads));
  }

  /**
   * The pages of `index` to write: those that are new or whose recorded reads have other values
   * now; and the URLs of the recorded pages it no longer has.
   */
  diff(index: ReaderIndex): { changed: Set<string>; gone: string[] } {
    const items = pageItems(index);
    const changed = new Set<string>();
    for (const [url, item] of items) {
      const entry = this.pages.get(url);
      if (!entry || digestReads(this.table.nodes, entry.read, index, item) !== entry.digest) changed.add(url);
    }
    const gone = [...this.pages.keys()].filter((url) => !items.has(url));
    return { changed, gone };
  }

  /** Takes the reads of the pages of `index` just written; forgets the pages it no longer has. */
  private update(index: ReaderIndex, reads: Map<string, number>): void {
    const items = pageItems(index);
    for (const [url, read] of reads) {
      if (items.has(url)) this.pages.set(url, { read, digest: digestReads(this.table.nodes, read, index, items.get(url)) });
    }
    for (const url of this.pages.keys()) if (!items.has(url)) this.pages.delete(url);
  }
}

/**
 * The digest of the values that the reads `read` find in `index` and a page's `item`. The node
 * fixes what each position of the list holds, so the values need only differ from each other there:
 * JSON tells strings, numbers, booleans and null apart, and stands-ins (`{}`, `[]`, ...) the rest.
 */
function digestReads(nodes: StoredNode[], read: number, index: ReaderIndex, item: unknown): string {
  const root = { habar: index, item };
  const values: unknown[] = [];
  collectValues(nodes, read, root, root, values);
  return createHash('sha1').update(JSON.stringify(values)).digest('base64').slice(0, 16);
}

/** Appends to `values` what the node `id` reads of `value` (below `root`), in the node's order. */
function collectValues(nodes: StoredNode[], id: number, value: unknown, root: object, values: unknown[]): void {
  const { c, h, k } = nodes[id]!;
  const object = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  if (c) {
    for (let i = 0; i < c.length; i++) {
      const [key, child] = c[i]!;
      const next = object?.[key];
      const same = nodes[child]!.s;
      values.push(same ? resolve(root, same) === next : standIn(next));
      collectValues(nodes, child, next, root, values);
    }
  }
  if (h) for (const key of h) values.push(object !== undefined && key in object);
  if (k) values.push(object ? Reflect.ownKeys(object).map(String) : null);
}

function resolve(root: object, path: string[]): unknown {
  let value: unknown = root;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** A value read as JSON takes it, told apart from every other: objects by kind only (their parts are read below them). */
function standIn(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : [String(value)];
    case 'object':
      return value === null ? null : Array.isArray(value) ? [] : {};
    case 'undefined':
      return [0];
    default:
      return [typeof value, String(value)];
  }
}

/**
 * The same for the search bundles, by shard id: a bundle indexes the text of its articles (title,
 * date, body, credits, tag names; search-records.ts), so it changes when one of them does.
 */
export function fingerprintShards(shards: SearchShard[]): Map<string, string> {
  return new Map(shards.map((shard) => [shard.id, shard.articles.map(withTagNames).join('\n')]));
}

/** An article's version with the names of its tags. */
function withTagNames(article: SiteArticle): string {
  return [article.version, ...article.tags.map((tag) => tag.name)].join(' ');
}

/** Keys whose fingerprint changed or that are new, and keys that no longer exist. */
export function diffPages(before: Map<string, string>, after: Map<string, string>): { changed: Set<string>; gone: string[] } {
  const changed = new Set<string>();
  for (const [url, fingerprint] of after) if (before.get(url) !== fingerprint) changed.add(url);
  const gone = [...before.keys()].filter((url) => !after.has(url));
  return { changed, gone };
}
