import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_DIR } from '../../src/core/paths.ts';
import { runHabar } from '../../support/cli.ts';
import { differencesFromCleanBuild } from '../helpers/clean-build.ts';
import { build, BUILT, builtSites, pagesWritten, UPDATE_SETTINGS as settings, UPDATED } from '../helpers/update-build.ts';

// `habar build` on a site built before, when what changed reaches every page or the output is not
// the one the last build wrote: it writes every page, as --full does (update builds:
// build-update.test.ts).
const builtSite = builtSites();

describe('habar build writes every page again', () => {
  it('when a layout, an asset or a setting changed', async () => {
    const site = builtSite();
    const css = join(site.root, 'content/assets/site.css');
    const layout = join(site.root, 'layouts/base.11ty.ts');
    const [cssText, layoutText] = [readFileSync(css, 'utf8'), readFileSync(layout, 'utf8')];
    writeFileSync(css, `${cssText}\n.habar-test { color: red; }\n`);
    expect(build(site).stdout).toMatch(BUILT);
    writeFileSync(layout, `${layoutText}\n// changed\n`);
    expect(build(site).stdout).toMatch(BUILT);
    expect(build(site).stdout).toMatch(UPDATED);
    expect(runHabar(site.root, ['build'], { HABAR_PATH_PREFIX: '/elsewhere/' }).stdout).toMatch(BUILT);
    writeFileSync(css, cssText);
    writeFileSync(layout, layoutText);
    expect(build(site).stdout).toMatch(BUILT);
    expect(await differencesFromCleanBuild(site, settings)).toEqual([]);
  });

  it('when the output is not the one the last build wrote', async () => {
    const site = builtSite();
    // Put back from elsewhere (a copy): the pages may be anything.
    renameSync(site.output, `${site.output}.away`);
    cpSync(`${site.output}.away`, site.output, { recursive: true });
    rmSync(`${site.output}.away`, { recursive: true });
    expect(build(site).stdout).toMatch(BUILT);
    // Deleted.
    rmSync(site.output, { recursive: true });
    expect(build(site).stdout).toMatch(BUILT);
    // Its record unreadable, then deleted.
    writeFileSync(join(site.root, CACHE_DIR, '_site.json'), '{"inputs": ');
    expect(build(site).stdout).toMatch(BUILT);
    rmSync(join(site.root, CACHE_DIR), { recursive: true });
    expect(build(site).stdout).toMatch(BUILT);
    expect(existsSync(join(site.root, CACHE_DIR, '_site.json'))).toBe(true);
  });

  it('with --full', async () => {
    const site = builtSite();
    const result = build(site, '--full');
    expect(result.stdout).toMatch(BUILT);
    expect(pagesWritten(result)).toBeGreaterThan(50);
    expect(await differencesFromCleanBuild(site, settings)).toEqual([]);
  });
});
