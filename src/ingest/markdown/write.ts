import matter from 'gray-matter';
import type { Article } from '../../source/article.ts';
import { leadOf } from '../../source/article.ts';
import { escapeMarkdown } from './escape.ts';

// gray-matter hands its options on to js-yaml's dump; its types do not list js-yaml's own keys.
// lineWidth -1 keeps long titles and leads on one line, as an editor would write them.
const YAML_OPTIONS = { lineWidth: -1 } as unknown as matter.GrayMatterOption<string, never>;

/** Where the article is published and which source it came from: decided by ingest, not by the text. */
export interface Placement {
  url: string;
  source: string;
  /** An image beside the source with the same base name, if there is one. */
  photo?: string;
  /** Date of the last correction, `YYYY-MM-DD`, recorded by ingest when a published source changed. */
  modified?: string;
}

/** The front matter of a generated article; the plugin reads the same keys back. */
export interface ArticleFrontMatter {
  title: string;
  date: string;
  /** `HH:MM`, Almaty time; absent when the source gives only the day. */
  time?: string;
  lang: Article['lang'];
  description: string;
  url: string;
  source: string;
  tags: string[];
  photoCredit?: string;
  /** The lead photo's file name in content/sources, beside the source. */
  photo?: string;
  photoAlt?: string;
  outlet?: string;
  via?: string;
  modified?: string;
  draft?: boolean;
}

/** A Markdown file as ingest wrote it, for a build that takes it as written: its front matter and the sha256 of its bytes. */
export interface WrittenMarkdown {
  frontMatter: ArticleFrontMatter;
  hash: string;
}

/** What ingest writes for an article: its front matter and its Markdown body. */
export interface ArticleFile {
  data: ArticleFrontMatter;
  body: string;
}

/** Article → Markdown with YAML front matter. The YAML library does the quoting; nothing is joined by hand. */
export function writeMarkdown(article: Article, placement: Placement): string {
  return markdownText(articleFile(article, placement));
}

/** The front matter and body of an article's Markdown file. */
export function articleFile(article: Article, placement: Placement): ArticleFile {
  const data: ArticleFrontMatter = {
    title: article.title,
    date: article.date,
    // Spread in place so that `time` follows `date` in the file, where an editor looks for it.
    ...(article.time && { time: article.time }),
    lang: article.lang,
    description: leadOf(article),
    url: placement.url,
    source: placement.source,
    tags: article.tags,
  };
  if (article.photoCredit) data.photoCredit = article.photoCredit;
  if (placement.photo) data.photo = placement.photo;
  if (placement.photo && article.photoAlt) data.photoAlt = article.photoAlt;
  if (article.attribution) {
    data.outlet = article.attribution.outlet;
    if (article.attribution.via) data.via = article.attribution.via;
  }
  if (placement.modified) data.modified = placement.modified;
  if (article.draft) data.draft = true;
  return { data, body: `${article.paragraphs.map(escapeMarkdown).join('\n\n')}\n` };
}

/** The text of the Markdown file: YAML front matter, then the body. */
export function markdownText({ data, body }: ArticleFile): string {
  // Handed over as a file object: given a string, gray-matter first parses it for front matter of
  // its own (a third of ingest's time at 10k); escaped text never starts with a `---` line anyway.
  return matter.stringify({ content: body }, data, YAML_OPTIONS);
}
