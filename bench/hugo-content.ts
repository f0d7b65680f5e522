/**
 * Converts habar sources into Hugo Markdown for the comparison build in bench/hugo.
 *
 *   node --import tsx bench/hugo-content.ts --out DIR --articles N [--seed S]
 *   node --import tsx bench/hugo-content.ts --out DIR --from SOURCE_DIR
 *
 * A deliberately small parser of the source format, independent of src/: bench code only.
 */
import { parseArgs } from 'node:util';
import { runAsScript } from '../support/run-as-script.ts';
import { readFiles, writeFiles, type CorpusFile } from '../support/corpus/corpus-files.ts';
import { generateCorpus } from '../support/corpus/corpus.ts';

export interface SimpleSource {
  date: string;
  title: string;
  paragraphs: string[];
  tags: string[];
  /** `kk` when the title or text has letters only Kazakh uses, as habar's pages would say. */
  lang: 'ru' | 'kk';
}

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

const DATE_LINE = /^date\s+(\d{4}-\d{2}-\d{2})\s+(.+)$/;
const TAG_LINE = /^#[\p{L}\p{M}\p{N}_-]+(?:[\s,]+#[\p{L}\p{M}\p{N}_-]+)*[\s,]*$/u;

/** First line `date YYYY-MM-DD Title`, last line hashtags (optional), paragraphs between. */
export function parseSimpleSource(text: string): SimpleSource {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim().split('\n');
  const head = DATE_LINE.exec(lines.shift()!.trim());
  if (!head) throw new Error('the first line must be `date YYYY-MM-DD Title`');
  const last = lines.at(-1)?.trim() ?? '';
  const tags = TAG_LINE.test(last) ? (lines.pop(), [...new Set(last.match(/#[^\s,#]+/g)!.map((t) => t.slice(1)))]) : [];
  const paragraphs = lines.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const title = head[2]!.trim();
  const lang = KAZAKH_LETTERS.test(`${title} ${paragraphs[0] ?? ''}`) ? 'kk' : 'ru';
  return { date: head[1]!, title, paragraphs, tags, lang };
}

/** Keeps a paragraph literal in Markdown: no emphasis, links, HTML, or a list/heading start. */
function escapeMarkdown(paragraph: string): string {
  return paragraph.replace(/[\\`*_[\]<>]/g, '\\$&').replace(/^([#>+-]|\d+[.)])(?=\s|$)/gm, '\\$1');
}

export function toHugoMarkdown(source: CorpusFile): CorpusFile {
  const { date, title, paragraphs, tags, lang } = parseSimpleSource(source.text);
  // JSON strings and arrays are valid YAML flow scalars, so no YAML quoting rules to get wrong.
  const front = `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\ntags: ${JSON.stringify(tags)}\nlang: ${lang}\n---\n`;
  return {
    fileName: source.fileName.replace(/\.txt$/, '') + '.md',
    text: `${front}\n${paragraphs.map(escapeMarkdown).join('\n\n')}\n`,
  };
}

/** Writes one Markdown page per source into `dir` (the Hugo content directory). */
export function writeHugoContent(sources: Iterable<CorpusFile>, dir: string): { files: number; bytes: number } {
  function* converted(): Generator<CorpusFile> {
    for (const source of sources) yield toHugoMarkdown(source);
  }
  return writeFiles(converted(), dir);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      from: { type: 'string' },
      articles: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  const generate = Number.isInteger(articles) && articles > 0 && Number.isInteger(seed);
  if (!values.out || !(values.from || generate)) {
    throw new Error('usage: node --import tsx bench/hugo-content.ts --out DIR (--articles N [--seed S] | --from SOURCE_DIR)');
  }
  const started = performance.now();
  const sources = values.from ? readFiles(values.from) : generateCorpus(articles, seed);
  const { files, bytes } = writeHugoContent(sources, values.out);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${files} Hugo pages, ${(bytes / 1e6).toFixed(1)} MB in ${values.out}, ${seconds.toFixed(2)} s`);
}

runAsScript(import.meta.url, main);
