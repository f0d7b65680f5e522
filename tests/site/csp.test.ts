import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser.ts';
import { problemLines, runHabar } from '../../support/cli.ts';
import { addHostileCorpus } from '../helpers/hostile-corpus.ts';
import { addFixtureSource, makeSite } from '../../support/site.ts';
import { parseHeadersFile, serveSite, type StaticServer } from '../../support/static-server.ts';

// The built site served with the headers of its own _headers file, as Netlify or Cloudflare Pages
// would, and opened in Chromium: no page may trip the Content-Security-Policy, and no script may run.
let site: ReturnType<typeof makeSite>;
let server: StaticServer;
let browser: Browser;

interface Visit {
  status: number | undefined;
  policy: string | undefined;
  violations: string[];
  consoleErrors: string[];
  dialogs: string[];
}

async function visit(path: string): Promise<Visit> {
  const page = await browser.context.newPage();
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  try {
    const response = await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'load' });
    // Violation events are dispatched asynchronously; one more task lets the last of them arrive.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    return { status: response?.status(), policy: response?.headers()['content-security-policy'], violations, consoleErrors, dialogs };
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  site = makeSite();
  addFixtureSource(site, '2026-01-27-senate-israel.txt');
  addHostileCorpus(site);
  const result = runHabar(site.root, ['build']);
  expect(problemLines(result.stderr)).toEqual([]);
  expect(result.code).toBe(0);
  // A page that breaks the policy on purpose, to show that a violation would be seen.
  mkdirSync(join(site.output, 'csp-probe'));
  writeFileSync(join(site.output, 'csp-probe/index.html'), '<!doctype html><title>probe</title><style>p{color:red}</style><p>x</p><script>document.title="ran"</script>');
  server = await serveSite(site.output);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.cleanup();
});

describe('_headers', () => {
  it('sets a Content-Security-Policy without unsafe-inline, nosniff and a Referrer-Policy for every path', () => {
    const rules = parseHeadersFile(readFileSync(join(site.output, '_headers'), 'utf8'));
    const all = rules.find((rule) => rule.pattern.test('/any/page/'));
    const headers = Object.fromEntries((all?.headers ?? []).map(([name, value]) => [name.toLowerCase(), value]));
    expect(headers['content-security-policy']).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(headers['content-security-policy']).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('pages in Chromium under the policy', () => {
  it('a page with inline script and style is reported: the check can see violations', async () => {
    const probe = await visit('/csp-probe/');
    expect(probe.violations.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['home', '/'],
    ['tag index', '/tags/'],
    ['tag page', '/tags/markdown/'],
    ['article', '/2026/01/spiker-senata-vstretilsya-s-ministrom-inostrannykh-del-izrailya/'],
    ['article with <script> and <img onerror> in its source', '/2026/05/script-alert-1-script-zagolovok-img-src-x-onerror-alert-1/'],
    ['article with Markdown and template syntax', '/2026/05/zagolovok-s-zvezdami-i-ssylkoy-javascript-alert-1/'],
  ])('%s: served with the policy, 0 violations, no console error, no script ran', async (_, path) => {
    const result = await visit(path);
    expect(result.status).toBe(200);
    expect(result.policy).toContain("default-src 'self'");
    expect(result).toMatchObject({ violations: [], consoleErrors: [], dialogs: [] });
  });
});
