// tier: browser (launches Chromium)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { projectRoot } from '../../support/site.ts';
import { serveSite, type StaticServer } from '../../support/static-server.ts';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** The Chromium tests/setup/chromium.ts found, headless, with a throwaway profile; launch once per test file. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'habar-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromium'),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A built site, served as static hosting serves it, and one Chromium page to read it with. */
export interface ServedSite<Site> {
  site: Site;
  server: StaticServer;
  page: Page;
}

/** Builds the site with `build` and serves it to one Chromium page before the file's tests, and tears all down after (the site too, if it has a cleanup). */
export function servedInChromium<Site extends { output: string; cleanup?(): void }>(build: () => Site | Promise<Site>): ServedSite<Site> {
  const served = {} as ServedSite<Site>;
  let browser: Browser | undefined;
  beforeAll(async () => {
    served.site = await build();
    [browser, served.server] = await Promise.all([launchBrowser(), serveSite(served.site.output)]);
    served.page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await served.server?.close();
    served.site?.cleanup?.();
  });
  return served;
}

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }
const axeSource = readFileSync(join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** What axe finds wrong on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the site's Content-Security-Policy refuses inline scripts.
  await page.evaluate(axeSource);
  // axe is the global the injected script defines.
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
