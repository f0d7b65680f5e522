import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import fc from 'fast-check';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/ingest/files.ts';
import { articleFile, markdownText, writeMarkdown } from '../../src/ingest/markdown/write.ts';
import { readArticleBody } from '../../src/index/body/article-body.ts';
import { readArticleCache, writeArticleCache } from '../../src/index/article-cache.ts';
import { loadArticles, writtenArticle } from '../../src/index/load-articles.ts';
import { createMarkdown } from '../../src/index/body/markdown.ts';
import { leadOf, type Article } from '../../src/source/article.ts';
import { decodeSource } from '../../src/source/decode.ts';
import { SourceError } from '../../src/source/errors.ts';
import { normalizeLines } from '../../src/source/normalize.ts';
import { parseSource } from '../../src/source/parse.ts';
import { foldTag, isTagLine } from '../../src/source/rules/hashtags.ts';
import { foldHeadline } from '../../src/source/line-shape.ts';
import { clutterRuleOf } from '../../src/source/rules/clutter.ts';
import { leadShape } from '../../src/source/rules/headline-evidence.ts';
import { creditIn } from '../../src/source/rules/photo-credit.ts';
import { CUT_MARKUP } from '../../src/source/rules/html-markup.ts';
import { PLACEHOLDER_PARAGRAPH } from '../../src/source/rules/placeholder.ts';
import { endsOnStraySeparator, looksLikePageMatter } from '../../src/source/rules/title-line.ts';
import { hostileSource, PROPERTY_RUNS, PROPERTY_SEED, type GeneratedSource } from './arbitraries.ts';
import { withoutTypography } from '../helpers/typography.ts';

const settings = { seed: PROPERTY_SEED, numRuns: PROPERTY_RUNS };
const markdown = createMarkdown();

/** The documented normalization of one line: what the parser promises to keep of it. */
const normalized = (text: string): string => normalizeLines(text).map((l) => l.text).join(' ');
// Compared after folding typography (quote and dash glyphs, non-breaking spaces): those are not words.
const words = (text: string): string[] => withoutTypography(text).split(/\s+/).filter(Boolean);

/**
 * Sources whose lines all mean what the generator meant: a title that reads as a headline (no stray
 * separator of a cut site's suffix after it), and
 * paragraphs that are not a credit, a tag line or list, page clutter, a copy of the title, a line
 * opening with cut markup (`-->`), a line printed twice in a row, or a line the editor marked verbatim. (What the clutter rules
 * leave out is the never-lose-a-sentence property's business.)
 */
function wellFormed(generated: GeneratedSource): boolean {
  const title = normalized(generated.title);
  const paragraphs = generated.paragraphs.map(normalized);
  const lastIsTagLine = generated.tags.length === 0 && isTagLine(paragraphs.filter(Boolean).at(-1) ?? '');
  const recognized = (p: string) =>
    creditIn(p) !== undefined || clutterRuleOf(p) !== undefined || /^(?:теги|тэги|метки|тегтер|tegter|tags)(?!\p{L})|^\\|^alt\s*:/iu.test(p) || foldHeadline(p) === foldHeadline(title) || p === PLACEHOLDER_PARAGRAPH || CUT_MARKUP.test(p);
  // A line printed twice in a row that is no sentence is a photo's caption (photo-caption.ts).
  const printedTwice = paragraphs.some((p, i) => p !== '' && paragraphs[i + 1] === p);
  return title !== '' && !looksLikePageMatter(title) && !endsOnStraySeparator(title) && leadShape(title) === undefined && paragraphs.some(Boolean) && !lastIsTagLine && !printedTwice && !paragraphs.some(recognized);
}

function firstSpellings(tags: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const tag of tags) if (!byKey.has(foldTag(tag))) byKey.set(foldTag(tag), tag.normalize('NFC'));
  return [...byKey.values()];
}

/** The path a source takes to a page, without Eleventy: parse, write Markdown, read it back, render the body. */
function publish(text: string): { article: Article; data: Record<string, unknown>; html: string } {
  const article = parseSource(text);
  if (article instanceof SourceError) throw new Error(`rejected: ${article.format()}`);
  const file = matter(writeMarkdown(article, { url: '/2026/01/x/', source: 'x.txt' }), {});
  return { article, data: file.data, html: markdown.render(file.content) };
}

describe('parsing never fails in another way than a SourceError', () => {
  it('on any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      const text = decodeSource(bytes);
      const result = text instanceof SourceError ? text : parseSource(text);
      expect(result instanceof SourceError || typeof result.title === 'string').toBe(true);
    }), settings);
  });

  it('on any Unicode text after a valid date line', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (rest) => {
      const result = parseSource(`date 2026-01-27 ${rest}`);
      expect(result instanceof SourceError || typeof result.title === 'string').toBe(true);
    }), settings);
  });

  it('on hostile sources', () => {
    fc.assert(fc.property(hostileSource, ({ text }) => {
      const result = parseSource(text);
      expect(result instanceof SourceError || typeof result.title === 'string').toBe(true);
    }), settings);
  });
});

describe('source → Markdown → HTML', () => {
  it('keeps every word of the body, in order, and invents none', () => {
    fc.assert(fc.property(hostileSource, (generated) => {
      fc.pre(wellFormed(generated));
      const { html } = publish(generated.text);
      expect(words(load(html).text())).toEqual(words(generated.paragraphs.map(normalized).join(' ')));
    }), settings);
  });

  it('keeps the title and tags exactly through the YAML front matter', () => {
    fc.assert(fc.property(hostileSource, (generated) => {
      fc.pre(wellFormed(generated));
      const { article, data } = publish(generated.text);
      expect(article.title).toBe(normalized(generated.title));
      expect(article.tags).toEqual(firstSpellings(generated.tags));
      expect(data).toMatchObject({ title: article.title, tags: article.tags, description: leadOf(article) });
    }), settings);
  });

  it('renders the body as paragraphs of text only: no other element, no attribute, no URL', () => {
    fc.assert(fc.property(hostileSource, (generated) => {
      fc.pre(wellFormed(generated));
      const $ = load(publish(generated.text).html, null, false);
      const elements = $('*').toArray();
      expect(elements.map((e) => ('tagName' in e ? e.tagName : e.type)).filter((tag) => tag !== 'p')).toEqual([]);
      expect(elements.filter((e) => 'attribs' in e && Object.keys(e.attribs).length > 0)).toEqual([]);
    }), settings);
  });
});

describe('an article as ingest wrote it', () => {
  const root = mkdtempSync(join(tmpdir(), 'habar-roundtrip-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is the article a build reads back from its Markdown file or its cache, field for field, and its body is read back as written', async () => {
    await fc.assert(fc.asyncProperty(hostileSource, async ({ text }) => {
      const article = parseSource(text);
      fc.pre(!(article instanceof SourceError));
      const written = articleFile(article, { url: '/2026/01/x/', source: 'x.txt', photo: 'x.jpg', modified: '2026-02-01' });
      const markdown = markdownText(written);
      writeFileSync(join(root, 'x.md'), markdown);
      // Taken as written, an article's version comes from the hash ingest computed of the text it wrote.
      const [read] = await loadArticles(root, root);
      expect(writtenArticle('x.md', { frontMatter: written.data, hash: sha256(markdown) })).toEqual(read);
      // And as the next build takes it from the article cache.
      writeArticleCache(root, [read!]);
      expect(readArticleCache(root).get('x.md')).toEqual(read);
      expect(readArticleBody(root, 'x.md')).toBe(written.body);
    }), settings);
  });
});
