/**
 * Lighthouse on the built sample site: article, home and tag pages, four category scores each.
 * Not a test: scores depend on the machine. Needs Chromium at /usr/bin/chromium (or CHROME_PATH).
 *
 *   npm run bench:lighthouse
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sampleSite } from '../support/sample-site.ts';
import { projectRoot } from '../support/site.ts';
import { serveSite } from '../support/static-server.ts';

const PAGES = {
  article: '2026/01/spiker-senata-vstretilsya-s-ministrom-inostrannykh-del-izrailya/',
  home: '',
  tag: 'tags/kazakhstan/',
  search: 'search/?q=%D0%B7%D0%B0%D0%BA%D0%BE%D0%BD',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface LighthouseReport {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null }>;
  audits: Record<string, { score: number | null; title: string }>;
}

const run = promisify(execFile);
const cli = join(projectRoot, 'node_modules/lighthouse/cli/index.js');

async function audit(url: string): Promise<LighthouseReport> {
  const { stdout } = await run(process.execPath, [
    cli, url, '--output=json', '--quiet', `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as LighthouseReport;
}

const site = await sampleSite({ perPage: 20 });
const server = await serveSite(site.output);
try {
  console.log(['page'.padEnd(8), ...CATEGORIES.map((c) => c.padStart(15))].join(''));
  for (const [name, path] of Object.entries(PAGES)) {
    const report = await audit(`${server.url}${path}`);
    const scores = CATEGORIES.map((c) => String(Math.round((report.categories[c].score ?? 0) * 100)).padStart(15));
    console.log([name.padEnd(8), ...scores].join(''));
    // What cost points, so a score below 100 says why.
    for (const [id, result] of Object.entries(report.audits)) {
      if (result.score !== null && result.score < 1) console.log(`         ${id}: ${result.title} (${result.score})`);
    }
  }
} finally {
  await server.close();
}
