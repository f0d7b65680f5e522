import { ONE_OFF_URLS, type OneOffPage, type PagesToWrite } from './pages-to-write.ts';
import type { ReaderIndex } from './reader-index.ts';

/**
 * What a page's templates read of the site's data: a tree of property names below two roots, the
 * index (`habar`) and the page's own item (`item`: its article, list page, feed, ...). A node says
 * how the value at its path was read: its value (`children` holds the reads below it), whether a
 * key is in it (`has`), its list of keys (`keys`), or that it is the very object found at another
 * path (`same`), which templates can tell apart with `===`.
 */
export interface ReadTree {
  children?: Map<string, ReadTree>;
  has?: Set<string>;
  keys?: true;
  same?: string[];
}

/**
 * Records, page by page, what an Eleventy run's templates, layouts and computed data read of the
 * site's data: each page gets its own views of its item and of the index, which note every read
 * into that page's tree. What is read is what the page is made from, whatever the templates show,
 * so the build record can tell which pages a change of the data touches (incremental/page-fingerprints.ts).
 */
export class ReadRecorder {
  private pages = new Map<string, PageViews>();

  constructor(private readonly index: () => ReaderIndex) {}

  /** `pages` with each page's item replaced by a view that records into that page's tree. */
  track(pages: PagesToWrite): PagesToWrite {
    const listed = <T extends { url: string }>(items: T[]) => items.map((item) => this.viewsOf(item.url).item(item));
    const oneOff = Object.fromEntries(
      Object.entries(pages.oneOff).map(([name, write]) => [name, write.map((item) => this.viewsOf(ONE_OFF_URLS[name as OneOffPage]).item(item))]),
    ) as PagesToWrite['oneOff'];
    return {
      articles: listed(pages.articles),
      homePages: listed(pages.homePages),
      tagPages: listed(pages.tagPages),
      archivePages: listed(pages.archivePages),
      feeds: listed(pages.feeds),
      sitemaps: listed(pages.sitemaps),
      oneOff,
    };
  }

  /** The index as the page at `url` reads it: a recording view for a tracked page, else the index itself. */
  indexFor(url: string): ReaderIndex {
    return this.pages.get(url)?.index(this.index()) ?? this.index();
  }

  /** The trees of the pages tracked since the last call, by URL. */
  take(): Map<string, ReadTree> {
    const trees = new Map([...this.pages].map(([url, views]) => [url, views.tree]));
    this.pages = new Map();
    return trees;
  }

  private viewsOf(url: string): PageViews {
    let views = this.pages.get(url);
    if (!views) this.pages.set(url, (views = new PageViews()));
    return views;
  }
}

/** One page's recording views, sharing one tree and one view per object, so that `===` holds as on the data itself. */
class PageViews {
  readonly tree: ReadTree = {};
  private readonly views = new WeakMap<object, { view: object; path: string[]; node: ReadTree }>();

  item<T>(item: T): T {
    return this.view(item, ['item'], child(this.tree, 'item'));
  }

  index(index: ReaderIndex): ReaderIndex {
    return this.view(index, ['habar'], child(this.tree, 'habar'));
  }

  private view<T>(value: T, path: string[], node: ReadTree): T {
    if (typeof value !== 'object' || value === null) return value;
    const known = this.views.get(value);
    if (known) {
      if (known.node !== node) node.same = known.path;
      return known.view as T;
    }
    const view = new Proxy(value, this.handler(path, node));
    this.views.set(value, { view, path, node });
    return view as T;
  }

  private handler(path: string[], node: ReadTree): ProxyHandler<object> {
    return {
      get: (target, key) => {
        const value = (target as Record<PropertyKey, unknown>)[key];
        // Symbols (iteration, conversion) and inherited methods (`map`, `join`) are the language's, not data.
        if (typeof key === 'symbol' || (typeof value === 'function' && !Object.hasOwn(target, key))) return value;
        const next = child(node, key);
        return typeof value === 'object' && value !== null ? this.view(value, [...path, key], next) : value;
      },
      has: (target, key) => {
        if (typeof key === 'string') {
          // An index of an array (habar's arrays have no holes) is in it when it is below the length.
          if (Array.isArray(target) && String(Number(key)) === key) child(node, 'length');
          else (node.has ??= new Set()).add(key);
        }
        return key in target;
      },
      ownKeys: (target) => {
        node.keys = true;
        return Reflect.ownKeys(target);
      },
      getOwnPropertyDescriptor: (target, key) => {
        if (typeof key === 'string') child(node, key);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      // The data is shared by every page of the run: a template must not change it.
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
    };
  }
}

function child(node: ReadTree, key: string): ReadTree {
  node.children ??= new Map();
  let next = node.children.get(key);
  if (!next) node.children.set(key, (next = {}));
  return next;
}
