import type Eleventy from '@11ty/eleventy';

// Eleventy's dev server is plain JavaScript; these are the members used here.
interface DevServer {
  server: { listen(options: { port: number; host: string }): void };
  _serverListen(port: number): void;
}
interface ServeHost {
  eleventyServe: { initServerInstance(): Promise<void>; server: DevServer };
}

export const PREVIEW_HOST = '127.0.0.1';

/**
 * Eleventy's dev server listens on every network interface; a preview of unpublished articles
 * belongs to this machine only. Call after `eleventy.init()` and before `eleventy.serve()`.
 */
export async function bindToLoopback(eleventy: Eleventy): Promise<void> {
  // Not in Eleventy's JSDoc types: the dev server instance is reached through EleventyServe.
  const serve = (eleventy as unknown as ServeHost).eleventyServe;
  await serve.initServerInstance();
  const devServer = serve.server;
  devServer._serverListen = (port: number) => devServer.server.listen({ port, host: PREVIEW_HOST });
}
