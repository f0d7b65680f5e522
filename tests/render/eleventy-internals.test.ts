// tier: slow
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { afterEach, describe, expect, it } from 'vitest';
import { compactJavaScriptFunctions, globalDataOf, pagesWritten, quietBenchmarks, unwrappedFilters, type DevServer } from '../../src/render/eleventy-internals.ts';

// Each undocumented member habar uses still holds on the installed Eleventy.
describe('Eleventy internals (src/render/eleventy-internals.ts)', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('globalData holds what addGlobalData added; getFilters() keeps each filter as added; the benchmark group can be quieted; write() resolves to the copies and the pages written', async () => {
    dir = mkdtempSync(join(tmpdir(), 'habar-eleventy-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in/one.md'), '# One\n');
    writeFileSync(join(dir, 'in/two.md'), '# Two\n');
    // A config of its own: without one Eleventy would load habar's from the working folder.
    writeFileSync(join(dir, 'config.cjs'), 'module.exports = () => {};\n');
    let seen: Record<string, unknown> = {};
    let benchmarks: unknown;
    let filters: Record<string, unknown> = {};
    const probe = (text: string) => `${text}!`;
    const eleventy = new Eleventy(join(dir, 'in'), join(dir, 'out'), {
      quietMode: true,
      configPath: join(dir, 'config.cjs'),
      config: (config: UserConfig) => {
        config.addGlobalData('habarProbe', 42);
        config.addFilter('habarProbe', probe);
        seen = globalDataOf(config);
        filters = unwrappedFilters(config);
        benchmarks = (config as unknown as { benchmarks?: { config?: { setIsVerbose?: unknown } } }).benchmarks?.config?.setIsVerbose;
        quietBenchmarks(config);
      },
    });
    eleventy.disableLogger();
    expect(pagesWritten(await eleventy.write())).toBe(2);
    expect(seen.habarProbe).toBe(42);
    expect(filters.habarProbe).toBe(probe);
    expect(typeof benchmarks).toBe('function');
  });

  it("'eleventy.config' hands over the TemplateConfig, whose javascriptFunctions (read per page by computed data and JavaScript templates) can be replaced by a compact copy", async () => {
    dir = mkdtempSync(join(tmpdir(), 'habar-eleventy-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(
      join(dir, 'in/page.11ty.cjs'),
      'module.exports = { data: { eleventyComputed: { shout: function () { return this.habarProbe("computed"); } } }, render(data) { return `${this.habarProbe("rendered")} ${data.shout}`; } };\n',
    );
    writeFileSync(join(dir, 'config.cjs'), 'module.exports = () => {};\n');
    let merged: Record<string, unknown> | undefined;
    let compacted: Record<string, unknown> | undefined;
    type Config = { getConfig(): { javascriptFunctions: Record<string, unknown> } };
    const eleventy = new Eleventy(join(dir, 'in'), join(dir, 'out'), {
      quietMode: true,
      configPath: join(dir, 'config.cjs'),
      config: (config: UserConfig) => {
        config.addFilter('habarProbe', (text: string) => `${text}!`);
        config.on('eleventy.config', (templateConfig: Config) => (merged = templateConfig.getConfig().javascriptFunctions));
        compactJavaScriptFunctions(config);
        config.on('eleventy.config', (templateConfig: Config) => (compacted = templateConfig.getConfig().javascriptFunctions));
      },
    });
    eleventy.disableLogger();
    await eleventy.write();
    expect(Object.keys(merged!)).toContain('habarProbe');
    expect(compacted).not.toBe(merged);
    expect(Object.entries(compacted!)).toEqual(Object.entries(merged!));
    expect(readFileSync(join(dir, 'out/page/index.html'), 'utf8')).toBe('rendered! computed!');
  });

  it('the dev server binds onRequestHandler and listens through _serverListen, both replaceable', () => {
    const module = createRequire(import.meta.url)('@11ty/eleventy-dev-server') as { getServer(name: string, dir: string, options: object): DevServer };
    const server = module.getServer('habar-probe', tmpdir(), { watch: [], messageOnStart: () => false });
    expect(typeof server.onRequestHandler).toBe('function');
    expect(typeof server._serverListen).toBe('function');
    const serve = Object.getPrototypeOf(server).serve.toString() as string;
    expect(serve).toContain('_serverListen');
    const source = Object.getPrototypeOf(server).constructor.toString() as string;
    expect(source).toContain('onRequestHandler');
  });
});
