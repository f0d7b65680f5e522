import type { PagesToWrite } from './pages-to-write.ts';
import type { ReaderIndex } from '../index/reader-index.ts';

/**
 * What a page's templates read of the site's data, while it is written: a tree of property names
 * below two roots, the index (`habar`) and the page's own item (`item`: its article, list page,
 * feed, ...). A node says how the value at its path was read: its value (`children` holds the reads
 * below it), whether a key is in it (`has`), its list of keys (`keys`), or that it is the very
 * object found at another path (`same`), which templates can tell apart with `===`.
 */
interface ReadTree {
  children?: Map<string, ReadTree>;
  has?: Set<string>;
  keys?: true;
  same?: string[];
}

/** A read tree as it is kept once the page is written: each distinct node once in a table, its branches as ids. */
export interface StoredNode {
  /** Property names read and the nodes of what was read below each. */
  c?: [string, number][];
  /** Names tested with `in`. */
  h?: string[];
  /** Its list of keys was read. */
  k?: 1;
  /** The path at which the same object was read first. */
  s?: string[];
}

/** Stored nodes, each distinct one once: pages of one kind mostly read alike. */
export class ReadTable {
  private readonly known = new Branches();
  private leaf: number | undefined;

  constructor(readonly nodes: StoredNode[] = []) {
    nodes.forEach((node, id) => this.known.at(node.c ?? []).store(restKeyOf(node.h, node.k === 1, node.s), id));
  }

  /** The id of `tree`, stored. */
  add(tree: ReadTree): number {
    if (tree === LEAF) return (this.leaf ??= this.intern({}));
    // Found by its branches one by one, not by a key string made of them: most nodes are stored already.
    let branches = this.known;
    const ids: number[] = [];
    if (tree.children) {
      for (const [name, child] of tree.children) {
        const id = this.add(child);
        ids.push(id);
        branches = branches.next(name, id);
      }
    }
    const rest = restKeyOf(tree.has, tree.keys, tree.same);
    const known = branches.id(rest);
    if (known !== undefined) return known;
    const node: StoredNode = {};
    if (tree.children) {
      let i = 0;
      node.c = [];
      for (const name of tree.children.keys()) node.c.push([name, ids[i++]!]);
    }
    if (tree.has) node.h = [...tree.has];
    if (tree.keys) node.k = 1;
    if (tree.same) node.s = tree.same;
    const id = this.nodes.push(node) - 1;
    branches.store(rest, id);
    return id;
  }

  /** A table of the nodes below `roots` only, and their ids in it by their ids here. */
  compact(roots: Iterable<number>): { table: ReadTable; ids: Map<number, number> } {
    const table = new ReadTable();
    const ids = new Map<number, number>();
    const copy = (id: number): number => {
      let to = ids.get(id);
      if (to === undefined) {
        const { c, ...rest } = this.nodes[id]!;
        to = table.intern(c ? { c: c.map(([key, child]) => [key, copy(child)]), ...rest } : rest);
        ids.set(id, to);
      }
      return to;
    };
    for (const root of roots) copy(root);
    return { table, ids };
  }

  private intern(node: StoredNode): number {
    const branches = this.known.at(node.c ?? []);
    const rest = restKeyOf(node.h, node.k === 1, node.s);
    let id = branches.id(rest);
    if (id === undefined) {
      id = this.nodes.push(node) - 1;
      branches.store(rest, id);
    }
    return id;
  }
}

/** The stored nodes that read the same names with the same nodes below them, so far: a trie, one level per name read. */
class Branches {
  private below: Map<string, Map<number, Branches>> | undefined;
  /** Their ids, by what else they read (restKeyOf). */
  private ids: Map<string, number> | undefined;

  /** The branches one level down, by the name read and the id of the node below it. */
  next(name: string, id: number): Branches {
    this.below ??= new Map();
    let byId = this.below.get(name);
    if (!byId) this.below.set(name, (byId = new Map()));
    let next = byId.get(id);
    if (!next) byId.set(id, (next = new Branches()));
    return next;
  }

  /** The branches below a stored node's names and ids. */
  at(branches: [string, number][]): Branches {
    let at: Branches = this;
    for (const [name, id] of branches) at = at.next(name, id);
    return at;
  }

  id(rest: string): number | undefined {
    return this.ids?.get(rest);
  }

  store(rest: string, id: number): void {
    (this.ids ??= new Map()).set(rest, id);
  }
}

/** What a node reads besides names, as a string, the same for equal reads only: what `in` tested, keys read, same as; rare, so written as JSON. */
function restKeyOf(has: Iterable<string> | undefined, keys: boolean | undefined, same: string[] | undefined): string {
  let key = '';
  if (has) key += `has${JSON.stringify([...has])}`;
  if (keys) key += 'keys';
  if (same) key += `same${JSON.stringify(same)}`;
  return key;
}

/**
 * Records, page by page, what an Eleventy run's templates, layouts and computed data read of the
 * site's data: each page gets its own views of its item and of the index, which note every read
 * into that page's tree. What is read is what the page is made from, whatever the templates show,
 * so the build record can tell which pages a change of the data touches (incremental/page-fingerprints.ts).
 */
export class ReadRecorder {
  private pages = new Map<string, PageViews>();
  /** The stored trees of the run's pages written so far, by URL. */
  private reads = new Map<string, number>();

  /** Stores the reads in `table`; `recorded` takes the ids of each run's pages, by URL. */
  constructor(
    private readonly index: () => ReaderIndex,
    private readonly table: ReadTable,
    private readonly recorded: (reads: Map<string, number>) => void,
  ) {}

  /** The pages of a run, each item replaced by a view that records into that page's tree. */
  track(pages: PagesToWrite): PagesToWrite {
    const listed = <T extends { url: string }>(items: T[]) => items.map((item) => this.viewsOf(item.url).item(item));
    const oneOff = Object.fromEntries(
      Object.entries(pages.oneOff).map(([name, write]) => [name, write.map((item) => this.viewsOf(item.url).item(item))]),
    ) as PagesToWrite['oneOff'];
    return {
      articles: listed(pages.articles),
      homePages: listed(pages.homePages),
      tagPages: listed(pages.tagPages),
      archivePages: listed(pages.archivePages),
      sectionPages: listed(pages.sectionPages),
      feeds: listed(pages.feeds),
      sitemaps: listed(pages.sitemaps),
      oneOff,
    };
  }

  /** The index as the page at `url` reads it: a recording view for a tracked page, else the index itself. */
  indexFor(url: string): ReaderIndex {
    return this.pages.get(url)?.index(this.index()) ?? this.index();
  }

  /**
   * Once the page at `url` is rendered, layouts and all: stores its tree and lets go of its views.
   * Its tree then dies young, where kept to the end of the run it would outlive several collections
   * of the young generation and be copied into the old one, with every other page's of the run.
   */
  pageRendered(url: string): void {
    const views = this.pages.get(url);
    if (!views) return;
    this.reads.set(url, this.table.add(views.tree));
    views.retire();
    this.pages.delete(url);
  }

  /** After a run: stores the trees of its pages not stored yet and hands over the ids of all. */
  endRun(): void {
    for (const url of [...this.pages.keys()]) this.pageRendered(url);
    const reads = this.reads;
    this.reads = new Map();
    this.recorded(reads);
  }

  private viewsOf(url: string): PageViews {
    let views = this.pages.get(url);
    if (!views) this.pages.set(url, (views = new PageViews()));
    return views;
  }
}

/** One page's recording views, one per object read, so that `===` holds as on the data itself. */
class PageViews {
  readonly tree: ReadTree = {};
  private readonly views = new Map<object, View>();

  item<T>(item: T): T {
    return this.view(item, child(this.tree, 'item'), undefined, 'item');
  }

  index(index: ReaderIndex): ReaderIndex {
    return this.view(index, child(this.tree, 'habar'), undefined, 'habar');
  }

  /** The view of `value`, an object read at `node` (property `key` of `parent`); a value that is not an object as it is. */
  view<T>(value: T, node: ReadTree, parent: View | undefined, key: string): T {
    if (typeof value !== 'object' || value === null) return value;
    let view = this.views.get(value);
    if (!view) this.views.set(value, (view = new View(this, value, node, parent, key)));
    else if (view.node !== node) node.same ??= view.path();
    return view.proxy as T;
  }

  /** Once the page is written: its views record nothing more (Eleventy keeps a run's pages, and with them their views, until the next run). */
  retire(): void {
    for (const view of this.views.values()) view.retire();
    this.views.clear();
  }
}

/** The proxy handler of one object as one page reads it: each read becomes a node of the page's tree. */
class View implements ProxyHandler<object> {
  readonly proxy: object;

  constructor(
    private page: PageViews | undefined,
    target: object,
    public node: ReadTree | undefined,
    private parent: View | undefined,
    private readonly key: string,
  ) {
    this.proxy = new Proxy(target, this);
  }

  /** Where the page first read the object: property names from the root (`habar` or `item`). */
  path(): string[] {
    return this.parent ? [...this.parent.path(), this.key] : [this.key];
  }

  retire(): void {
    this.page = this.node = this.parent = undefined;
  }

  get(target: object, key: string | symbol): unknown {
    const value = (target as Record<PropertyKey, unknown>)[key];
    const { page, node } = this;
    if (!page || !node || typeof key === 'symbol') return value;
    if (typeof value === 'object' && value !== null) return page.view(value, child(node, key), this, key);
    // Inherited methods (`map`, `join`) are the language's, not data.
    if (typeof value !== 'function' || Object.hasOwn(target, key)) leaf(node, key);
    return value;
  }

  has(target: object, key: string | symbol): boolean {
    const { node } = this;
    if (node && typeof key === 'string') {
      // An index of an array (habar's arrays have no holes) is in it when it is below the length.
      if (Array.isArray(target) && isIndex(key)) leaf(node, 'length');
      else (node.has ??= new Set()).add(key);
    }
    return key in target;
  }

  ownKeys(target: object): ArrayLike<string | symbol> {
    if (this.node) this.node.keys = true;
    return Reflect.ownKeys(target);
  }

  getOwnPropertyDescriptor(target: object, key: string | symbol): PropertyDescriptor | undefined {
    if (typeof key === 'string') this.get(target, key);
    return Reflect.getOwnPropertyDescriptor(target, key);
  }

  // The data is shared by every page of the run: a template must not change it.
  set(): boolean {
    return false;
  }

  defineProperty(): boolean {
    return false;
  }

  deleteProperty(): boolean {
    return false;
  }
}

/** What is read of a string, a number or nothing: its value, and nothing below it; shared by every such read. */
const LEAF: ReadTree = Object.freeze({});

/** The node of an object read as `key` of `node`. */
function child(node: ReadTree, key: string): ReadTree {
  node.children ??= new Map();
  let next = node.children.get(key);
  if (!next) node.children.set(key, (next = {}));
  return next;
}

function leaf(node: ReadTree, key: string): void {
  node.children ??= new Map();
  if (!node.children.has(key)) node.children.set(key, LEAF);
}

function isIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && String(Number(key)) === key;
}
