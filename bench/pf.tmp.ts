import * as pagefind from 'pagefind';
import { readSite } from '../src/site/site-data.ts';
import { loadSettings } from '../src/site/settings.ts';
import { createMarkdown } from '../src/site/markdown.ts';
const root = process.argv[2]!;
const { index } = await readSite(`${root}/content/articles`, root, loadSettings(root));
const md = createMarkdown();
const t0 = performance.now();
const { index: pf } = await pagefind.createIndex({});
const mode = process.argv[3];
await Promise.all(index.articles.map((a) => mode === 'html'
  ? pf!.addHTMLFile({ url: a.url, content: `<html lang="${a.lang}"><body><article data-pagefind-body><h1>${a.title}</h1>${md.render(a.body, { lang: a.lang })}</article></body></html>` })
  : pf!.addCustomRecord({ url: a.url, language: a.lang, meta: { title: a.title }, content: `${a.title}\n${a.body}` })));
const t1 = performance.now();
await pf!.writeFiles({ outputPath: `/tmp/pf-out-${mode}` });
console.log(mode, 'add', ((t1 - t0) / 1000).toFixed(2), 'write', ((performance.now() - t1) / 1000).toFixed(2));
await pagefind.close();
