import { createRequire } from 'node:module';
import { guardRequests, type RequestHandler } from './preview-requests.ts';

/** Eleventy's dev server (plain JavaScript): the members habar uses. */
interface DevServer {
  server: { listen(options: { port: number; host: string }): void };
  onRequestHandler: RequestHandler;
  _serverListen(port: number): void;
  serve(port: number): void;
  ready(): Promise<void>;
  getServerUrl(host: string): string;
  reload(event: { files: string[] }): void;
  close(): Promise<void>;
}
interface DevServerModule {
  getServer(name: string, dir: string, options: Record<string, unknown>): DevServer;
}

export const PREVIEW_HOST = '127.0.0.1';

export interface PreviewServer {
  url: string;
  /** Tells open browsers to reload. */
  reload(): void;
  close(): Promise<void>;
}

/**
 * Serves `dir` with Eleventy's dev server (live reload included) on 127.0.0.1: a preview of
 * unpublished articles belongs to this machine only, and the dev server would otherwise listen on
 * every network interface. It answers only requests for this machine's names, and a malformed
 * request gets 400 instead of ending it (preview-requests.ts). `pathPrefix` is the site's path
 * prefix, as the built pages link to it.
 */
export async function startPreviewServer(dir: string, port: number, pathPrefix: string): Promise<PreviewServer> {
  // A CommonJS module without type declarations.
  const devServer = (createRequire(import.meta.url)('@11ty/eleventy-dev-server') as DevServerModule).getServer('habar', dir, {
    pathPrefix,
    domDiff: false,
    messageOnStart: () => false,
    watch: [],
  });
  // Replaced before serve() creates the HTTP server, which binds this method as its request handler.
  devServer.onRequestHandler = guardRequests(devServer.onRequestHandler.bind(devServer));
  devServer._serverListen = (listenPort: number) => devServer.server.listen({ port: listenPort, host: PREVIEW_HOST });
  devServer.serve(port);
  await devServer.ready();
  return {
    url: devServer.getServerUrl(PREVIEW_HOST),
    reload: () => devServer.reload({ files: [] }),
    close: () => devServer.close(),
  };
}
