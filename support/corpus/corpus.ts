/**
 * Deterministic corpus of habar sources for the benchmark.
 *
 *   node --import tsx support/corpus/corpus.ts --articles 100000 --out /tmp/corpus [--seed 1]
 */
import { parseArgs } from 'node:util';
import { runAsScript } from '../run-as-script.ts';
import { Rng } from './prng.ts';
import type { Lang } from './corpus-common.ts';
import { russian } from './corpus-ru.ts';
import { kazakh } from './corpus-kk.ts';
import { TagSampler, tagPool } from './corpus-tags.ts';
import { writeFiles, type CorpusFile } from './corpus-files.ts';

export type { CorpusFile } from './corpus-files.ts';

const KAZAKH_SHARE = 0.15;
const DUPLICATE_TITLE_SHARE = 0.01;
const TITLE_MIN = 40;
const TITLE_MAX = 110;
const FIRST_DAY = Date.UTC(2016, 0, 1);
/** The newest day of the archive: today, for the bench's additions. */
export const LAST_DAY = '2025-12-31';
const DAYS = Math.round((Date.parse(LAST_DAY) - FIRST_DAY) / 86_400_000) + 1;

/** Yields `n` sources, the same ones for the same seed. */
export function* generateCorpus(n: number, seed: number): Generator<CorpusFile> {
  const r = new Rng(seed);
  const tags = new TagSampler(tagPool());
  const days = Array.from({ length: DAYS }, (_, d) => new Date(FIRST_DAY + d * 86_400_000).toISOString().slice(0, 10));
  const width = Math.max(6, String(n).length);
  // Titles are unique but for deliberate repeats of a recent one, as newsrooms do.
  const seen = new Set<string>();
  const recent = new Map<Lang, string[]>([[russian, []], [kazakh, []]]);

  for (let i = 1; i <= n; i++) {
    const lang = r.chance(KAZAKH_SHARE) ? kazakh : russian;
    const date = r.pick(days);
    const titles = recent.get(lang)!;
    let title: string;
    if (titles.length > 0 && r.chance(DUPLICATE_TITLE_SHARE)) {
      title = r.pick(titles);
    } else {
      title = makeTitle(lang, r, seen);
      seen.add(title);
      if (titles.length < 1000) titles.push(title);
      else titles[r.int(0, titles.length - 1)] = title;
    }
    const body = makeBody(lang, r);
    const hashtags = tags.sample(r, r.int(2, 5)).map((t) => `#${t}`).join(' ');
    yield {
      fileName: `${date}-${String(i).padStart(width, '0')}.txt`,
      text: `date ${date} ${title}\n\n${body}\n\n${hashtags}\n`,
    };
  }
}

function makeTitle(lang: Lang, r: Rng, seen: ReadonlySet<string>): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const title = lang.title(r);
    if (title.length >= TITLE_MIN && title.length <= TITLE_MAX && !seen.has(title)) return title;
  }
  // Practically unreachable; keeps the length contract anyway.
  return (lang.title(r) + ' ' + lang.lead(r)).slice(0, TITLE_MAX).trimEnd().padEnd(TITLE_MIN, '.');
}

/** 4–10 paragraphs and 3–6 KB of UTF-8: lead (with attribution), photo credit, then the rest. */
function makeBody(lang: Lang, r: Rng): string {
  const targetBytes = r.int(3100, 5800);
  const paragraphCount = r.int(4, 10);
  const paragraphs: string[] = [];

  let lead = lang.lead(r);
  if (r.chance(0.85)) lead += `, ${lang.attribution(r)}`;
  paragraphs.push(r.chance(0.7) ? `${lead}.` : lead);
  if (r.chance(0.8)) paragraphs.push(lang.photoCredit(r));

  let used = paragraphs.reduce((sum, p) => sum + Buffer.byteLength(p) + 2, 0);
  for (let left = paragraphCount - 1; left > 0; left--) {
    let paragraph: string;
    // A quote of its own makes a short paragraph; never the last one, which makes up the size.
    if (left > 1 && r.chance(0.15)) {
      paragraph = lang.quote(r);
    } else {
      const target = (targetBytes - used) / left;
      paragraph = '';
      let bytes = 0;
      do {
        const sentence = r.chance(0.08) ? lang.quote(r) : lang.sentence(r);
        paragraph += paragraph ? ` ${sentence}` : sentence;
        bytes += Buffer.byteLength(sentence) + 1;
      } while (bytes < target);
    }
    paragraphs.push(paragraph);
    used += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs.join('\n\n');
}

function main(): void {
  const { values } = parseArgs({
    options: { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed) || !values.out) {
    throw new Error('usage: node --import tsx support/corpus/corpus.ts --articles N --out DIR [--seed S]');
  }
  const started = performance.now();
  const { files, bytes } = writeFiles(generateCorpus(articles, seed), values.out);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${files} sources, ${(bytes / 1e6).toFixed(1)} MB in ${values.out}, ${seconds.toFixed(2)} s`);
}

runAsScript(import.meta.url, main);
