import type UserConfig from '@11ty/eleventy/UserConfig';
import type { RequestHandler } from './preview-requests.ts';

/**
 * Every use habar makes of Eleventy's undocumented members, in one place, each checked against the
 * installed Eleventy by tests/render/eleventy-internals.test.ts: an upgrade that drops one fails
 * there, by name, instead of somewhere in a build.
 */

/** Global data added so far (`addGlobalData`), read by a plugin added after it. */
export function globalDataOf(eleventyConfig: UserConfig): Record<string, unknown> {
  return ((eleventyConfig as unknown as { globalData?: Record<string, unknown> }).globalData ?? {});
}

/**
 * Eleventy's filter benchmark ("readableDate took 9% of the build") is created before quiet mode
 * applies and prints on large builds anyway; `habar build` prints only its own summary.
 */
export function quietBenchmarks(eleventyConfig: UserConfig): void {
  (eleventyConfig as unknown as { benchmarks?: { config?: { setIsVerbose(verbose: boolean): void } } }).benchmarks?.config?.setIsVerbose(false);
}

/**
 * Every filter as it was added (`addFilter`), by name: Eleventy keeps each wrapped in its benchmark
 * (two clock reads a call), and JavaScript templates get them wrapped again to copy the page into `this`.
 */
export function unwrappedFilters(eleventyConfig: UserConfig): Record<string, unknown> {
  const filters = eleventyConfig.getFilters() as Record<string, { __eleventyInternal?: { callback?: unknown } }>;
  return Object.fromEntries(Object.entries(filters).map(([name, filter]) => [name, filter.__eleventyInternal?.callback ?? filter]));
}

/**
 * Eleventy copies its filters and shortcodes (`javascriptFunctions`, one object of some 30
 * functions) for each computed value and each JavaScript render of every page: a dozen copies a
 * page. Its config merge builds that object one key at a time, and V8 keeps an object built so with
 * 20 properties or more as a dictionary, whose copy costs some 12 µs against 1.5 µs for the same
 * properties laid out as an object literal's. Each time Eleventy has read its config
 * (`eleventy.config`, with the TemplateConfig), the object is replaced by a copy made in one go.
 */
export function compactJavaScriptFunctions(eleventyConfig: UserConfig): void {
  eleventyConfig.on('eleventy.config', (templateConfig: { getConfig(): { javascriptFunctions: Record<string, unknown> } }) => {
    const config = templateConfig.getConfig();
    config.javascriptFunctions = Object.fromEntries(Object.entries(config.javascriptFunctions));
  });
}

/** `Eleventy#write()` resolves to [passthrough copies, pages written]; its JSDoc types it loosely. */
export function pagesWritten(written: unknown): number {
  return (written as [unknown, unknown[]])[1].length;
}

/** Eleventy's dev server (plain JavaScript): the members habar uses, two of them private. */
export interface DevServer {
  server: { listen(options: { port: number; host: string }): void };
  onRequestHandler: RequestHandler;
  _serverListen(port: number): void;
  serve(port: number): void;
  ready(): Promise<void>;
  getServerUrl(host: string): string;
  reload(event: { files: string[] }): void;
  close(): Promise<void>;
}

/**
 * Makes the dev server listen on `host` only and pass every request through `guard` first. Done
 * before serve() creates the HTTP server, which binds `onRequestHandler` as its request handler and
 * listens through `_serverListen` (on every interface, left to itself).
 */
export function guardDevServer(devServer: DevServer, host: string, guard: (handler: RequestHandler) => RequestHandler): void {
  devServer.onRequestHandler = guard(devServer.onRequestHandler.bind(devServer));
  devServer._serverListen = (port: number) => devServer.server.listen({ port, host });
}
