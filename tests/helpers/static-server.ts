import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  /** Where the site is served, ending in the path prefix, e.g. `http://127.0.0.1:41234/news/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site folder the way plain static hosting does, on 127.0.0.1 and a free port,
 * under `pathPrefix` (`/` or e.g. `/news/`), adding `headers` to every response.
 * Unknown paths get the site's 404.html with status 404.
 */
export async function serveSite(dir: string, pathPrefix = '/', headers: Record<string, string> = {}): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, dotfiles: false });
  const notFound = async (res: ServerResponse) => {
    const page = await readFile(join(dir, '404.html')).catch(() => 'Not found');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  };
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const path = req.url ?? '/';
    if (!path.startsWith(pathPrefix)) return void notFound(res);
    req.url = path.slice(pathPrefix.length - 1);
    files(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${pathPrefix}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
