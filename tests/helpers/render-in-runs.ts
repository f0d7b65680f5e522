/**
 * Run by tests/cli/render.test.ts in a child process (Eleventy renders in the working directory):
 * renders an ingested site into OUTPUT in runs of PAGES pages.
 * Usage: node --import tsx render-in-runs.ts SITE_ROOT OUTPUT PAGES
 */
import { join } from 'node:path';
import { renderInto } from '../../src/cli/render.ts';
import { loadSettings } from '../../src/site/settings.ts';
import { readSite } from '../../src/site/site-data.ts';

const [root, output, pages] = process.argv.slice(2) as [string, string, string];
process.chdir(root);
const settings = loadSettings(root, process.env);
const { index } = await readSite(join(root, 'content/articles'), root, settings);
await renderInto(output, settings, index, { pagesPerRun: Number(pages) });
