/**
 * Stage 3, check: `habar check` reads the sources as ingest would and reports what needs an editor's
 * hand, file and line first: errors that would stop a build, and warnings (look-alike tags, hidden
 * characters, a title that reads as clutter, lines skipped as clutter). It writes nothing.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { clip } from '../core/printable.ts';
import type { SitePaths } from '../core/paths.ts';
import { readArticle } from '../ingest/read-article.ts';
import { listSources } from '../ingest/sync.ts';
import type { Article } from '../source/article.ts';
import { SourceError } from '../source/errors.ts';
import { compareFindings, type Finding } from './finding.ts';
import { hiddenCharacters } from './hidden-characters.ts';
import { mixedScript } from './mixed-script.ts';
import { findSimilarTags } from './similar-tags.ts';
import { locateLines, type SourceLines } from './source-lines.ts';
import { otherDayStamp } from './other-day-stamp.ts';
import { titleNoise } from './title-noise.ts';
import { cutEnding } from './cut-ending.ts';
import { cutOpening } from './cut-opening.ts';
import { examplesFor } from './examples.ts';
import { tagKeys } from '../source/tag-keys.ts';
import { SETTINGS_FILE } from '../core/paths.ts';
import type { SiteSettings } from '../core/settings/settings.ts';

interface ParsedSource {
  file: string;
  text: string;
  article: Article;
  lines: SourceLines;
}

export interface LintResult {
  sources: number;
  findings: Finding[];
}

/**
 * Every problem in every source, without building: what would fail a build, and what looks wrong.
 * With `only` (source names), the problems of those sources alone, still compared with every other
 * source for the same report saved twice and for look-alike tags: those of one edition, and not the
 * spellings the settings join (`tagSpellings`).
 */
export async function lintSources(paths: SitePaths, only?: ReadonlySet<string>, settings: TagSettings = { tagSpellings: [], editions: [] }): Promise<LintResult> {
  const names = listSources(paths.sources);
  const findings: Finding[] = [];
  const parsed: ParsedSource[] = [];
  const named = new Set<string>();
  for (const name of names) {
    const file = relative(paths.root, join(paths.sources, name));
    const checked = !only || only.has(name);
    if (checked) named.add(file);
    const bytes = await readFile(join(paths.sources, name));
    const article = readArticle(bytes);
    if (article instanceof SourceError) {
      if (checked) findings.push({ file, line: article.line, severity: 'error', reason: article.reason });
      continue;
    }
    const text = new TextDecoder().decode(bytes);
    const source = { file, text, article, lines: locateLines(text, article) };
    parsed.push(source);
    if (checked) findings.push(...sourceWarnings(source));
  }
  findings.push(...duplicates(parsed, only && named), ...similarTags(parsed, settings));
  return { sources: only ? named.size : names.length, findings: findings.filter((finding) => named.has(finding.file)).sort(compareFindings) };
}

function sourceWarnings({ file, text, article, lines }: ParsedSource): Finding[] {
  const warn = (line: number, reason: string): Finding => ({ file, line, severity: 'warning', reason });
  const found: Finding[] = (article.skipped ?? []).map((skipped) => ({ file, line: skipped.line, severity: 'note', reason: `skipped "${clip(skipped.text)}" (${skipped.rule}); start the line with \\ to keep it` }));
  for (const warning of article.warnings ?? []) found.push(warn(warning.line, warning.reason));
  const stamp = otherDayStamp(article, lines.lead);
  if (stamp) found.push(warn(stamp.line, stamp.reason));
  const noise = titleNoise(article.title);
  if (noise) found.push(warn(lines.title, noise));
  const cut = cutOpening(article.paragraphs);
  if (cut) found.push(warn(lines.title, cut));
  const cutAtEnd = cutEnding(article.paragraphs);
  if (cutAtEnd) found.push(warn(lines.last, cutAtEnd));
  for (const hidden of hiddenCharacters(text, article, lines)) found.push(warn(hidden.line, hidden.reason));
  for (const tag of article.tags) {
    const mixed = mixedScript(tag);
    if (mixed) found.push(warn(lines.tags, mixed));
  }
  const examples = examplesFor(article);
  if (article.tags.length === 0) found.push(warn(lines.tags, `no tags; end the source with a line of hashtags such as ${examples.tags}`));
  if (!article.attribution) found.push(warn(lines.lead, `no attribution in the first paragraph, such as ${examples.attribution}`));
  return found;
}

/**
 * The same report saved twice (same date, title and text) would be published twice: the build
 * refuses it. Each copy after the first is reported, and the first too when it is among `named`.
 */
function duplicates(sources: ParsedSource[], named?: ReadonlySet<string>): Finding[] {
  const copies = new Map<string, ParsedSource[]>();
  for (const source of sources) {
    const key = JSON.stringify([source.article.date, source.article.title, source.article.paragraphs]);
    const same = copies.get(key);
    if (same) same.push(source);
    else copies.set(key, [source]);
  }
  const found: Finding[] = [];
  for (const [first, ...others] of copies.values()) {
    if (!first || others.length === 0) continue;
    for (const { file, lines } of others) found.push(duplicate(file, lines.title, first.file));
    if (named?.has(first.file)) found.push(duplicate(first.file, first.lines.title, others[0]!.file));
  }
  return found;
}

function duplicate(file: string, line: number, other: string): Finding {
  return { file, line, severity: 'error', reason: `same date, title and text as ${other}: one report saved twice; delete one of them` };
}

/** What of the settings tells look-alike tags: the spellings joined, and the editions, whose tags never meet. */
export type TagSettings = Pick<SiteSettings, 'tagSpellings' | 'editions'>;

function similarTags(sources: ParsedSource[], { tagSpellings, editions }: TagSettings): Finding[] {
  // Kazakh in any script is in the kk edition; a language without an edition is in the one at /.
  const editionOf = (article: Article) => editions.find((edition) => edition.lang === (article.lang === 'ru' ? 'ru' : 'kk'))?.path ?? '/';
  const byEdition = new Map<string, { tag: string; at: string; line: number }[]>();
  for (const { file, article, lines } of sources) {
    const uses = byEdition.get(editionOf(article)) ?? [];
    uses.push(...article.tags.map((tag) => ({ tag, at: file, line: lines.tags })));
    byEdition.set(editionOf(article), uses);
  }
  const keyOf = tagKeys(tagSpellings);
  return [...byEdition.values()].flatMap((uses) => findSimilarTags(uses, keyOf)).map(({ use, preferred }) => ({
    file: use.at,
    line: use.line,
    severity: 'warning',
    reason: `the tag #${use.tag} looks like #${preferred}, used more often; use one spelling, or show both as one tag with "tagSpellings": [${JSON.stringify([preferred, use.tag])}] in ${SETTINGS_FILE}`,
  }));
}
