import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

interface HeaderRule {
  pattern: RegExp;
  headers: Array<[string, string]>;
}

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: an unindented URL pattern (`*` matches
 * anything), then its indented `Name: value` lines. Comments start with `#`.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a URL block or without a colon: "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

export interface StaticServer {
  /** Where the site is served, ending in the path prefix, e.g. `http://127.0.0.1:41234/news/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site folder the way static hosting does, on 127.0.0.1 and a free port, under
 * `pathPrefix` (`/` or e.g. `/news/`): with the headers of the site's own `_headers` file, as Netlify
 * or Cloudflare Pages would send them, plus `headers`. Unknown paths get the site's 404.html.
 */
export async function serveSite(dir: string, pathPrefix = '/', headers: Record<string, string> = {}): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, dotfiles: false });
  const rules = parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8').catch(() => ''));
  const notFound = async (res: ServerResponse) => {
    const page = await readFile(join(dir, '404.html')).catch(() => 'Not found');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  };
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const pathname = decodeURIComponent(new URL(path, 'http://localhost').pathname);
    for (const rule of rules) if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (!path.startsWith(pathPrefix)) return void notFound(res);
    req.url = path.slice(pathPrefix.length - 1);
    files(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${pathPrefix}`,
    // A browser keeps its connections open (and may be mid-request) when a test is done with the site.
    close: () => new Promise((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    }),
  };
}
