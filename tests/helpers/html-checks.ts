import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { projectRoot } from '../../support/site.ts';
import { serveSite } from '../../support/static-server.ts';

/** Every HTML page below `dir`, as paths relative to it. */
export function htmlPages(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith('.html')).sort();
}

/**
 * Of `pages`, every article page (each is made from a source of its own) and one list page of each
 * kind: pages of a kind that differ only in their numbers or tag differ only in the articles they
 * list, which the article pages already show.
 */
export function articlesAndOneListOfEachKind(pages: string[]): string[] {
  const seen = new Set<string>();
  return pages.filter((page) => {
    if (/^\d{4}\/\d{2}\/[^/]+\/index\.html$/u.test(page)) return true;
    const kind = page.replace(/\d+/gu, '#').replace(/^((?:[^/]+\/)?tags)\/[^/]+\//u, '$1/*/');
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}

/** html-validate with the project's .htmlvalidate.json, on `pages` of `dir`; one `page:line:column rule: message` per error. */
export async function validationErrors(dir: string, pages = htmlPages(dir)): Promise<string[]> {
  const config = JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  const validator = new HtmlValidate(config);
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(join(dir, page), 'utf8'), page);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  return errors;
}

/**
 * Crawls the built site from its home page through a local server: how many links it followed,
 * which did not resolve. Absolute links to the site's public address (canonical, og:url) point at
 * a host this machine cannot reach; they are checked by path in the reader-site tests instead.
 */
export async function brokenLinks(dir: string): Promise<{ checked: number; broken: string[] }> {
  const server = await serveSite(dir);
  try {
    const local = server.url;
    const result = await new LinkChecker().check({ path: local, recurse: true, linksToSkip: async (link) => !link.startsWith(local) });
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (from ${link.parent})`);
    return { checked: result.links.length, broken };
  } finally {
    await server.close();
  }
}
