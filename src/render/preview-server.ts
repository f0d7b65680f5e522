import { createRequire } from 'node:module';
import { guardDevServer, type DevServer } from './eleventy-internals.ts';
import { guardRequests } from './preview-requests.ts';

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
  guardDevServer(devServer, PREVIEW_HOST, guardRequests);
  devServer.serve(port);
  await devServer.ready();
  return {
    url: devServer.getServerUrl(PREVIEW_HOST),
    reload: () => devServer.reload({ files: [] }),
    close: () => devServer.close(),
  };
}
