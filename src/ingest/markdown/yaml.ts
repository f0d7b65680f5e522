import matter from 'gray-matter';

// gray-matter's own js-yaml (3.x, not the project's 4.x), which writes every front matter ingest wrote so far.
const dump = (matter as unknown as { engines: { yaml: { stringify(value: unknown, options: object): string } } }).engines.yaml.stringify;

// js-yaml 3's rules for a string of one line that is not a key (dumper.js chooseScalarStyle), read
// from the characters it may hold. Any it does not print as they are (including tab, line feed and
// halves of surrogate pairs), which it quotes in double quotes or writes as a block:
const UNPRINTABLE = /[^\x20-\x7E\xA1-\uD7FF\uE000-\uFFFD]|[\u2028\u2029\uFEFF]/;
// a first character plain style cannot open with, a character it cannot hold, `#` after a space, a
// space at the end: written in single quotes, whatever the string reads as.
const NOT_PLAIN = /^[ \-?:,[\]{}#&*!|=>'"%@`]|[,[\]{}:]| #| $/;
// Only characters a null, boolean, number, date or `<<` can be written with: js-yaml tests the
// string against those types, and its list of old booleans (`yes`, `off`).
const MAYBE_ANOTHER_TYPE = /^[\w+\-.:~< ]*$/;

/** The keys as written: ArticleFrontMatter's, some fifteen, each a word js-yaml is asked about. */
const keyTexts = new Map<string, string | undefined>();

/**
 * The YAML of a front matter, as gray-matter's js-yaml writes it with `options` (`lineWidth: -1`):
 * js-yaml tests each character of each string against several classes and each string against five
 * types' patterns, a third of what ingest's thread spent writing an article. A string is written by
 * js-yaml's rules here unless it may read as another type or is not printed as it is (then js-yaml
 * writes it); undefined for a value that is not a string, `true`, `false` or a list of strings, or a
 * string of several lines, which the caller leaves to js-yaml.
 */
export function frontMatterYaml(data: object, options: object): string | undefined {
  let yaml = '';
  for (const [key, value] of Object.entries(data)) {
    if (!keyTexts.has(key)) keyTexts.set(key, scalarText(key, options));
    const keyText = keyTexts.get(key);
    if (keyText === undefined) return undefined;
    if (typeof value === 'boolean') {
      yaml += `${keyText}: ${value}\n`;
    } else if (typeof value === 'string') {
      const text = scalarText(value, options);
      if (text === undefined) return undefined;
      yaml += `${keyText}: ${text}\n`;
    } else if (Array.isArray(value) && value.length === 0) {
      yaml += `${keyText}: []\n`;
    } else if (Array.isArray(value)) {
      yaml += `${keyText}:\n`;
      for (const item of value as unknown[]) {
        const text = typeof item === 'string' ? scalarText(item, options) : undefined;
        if (text === undefined) return undefined;
        yaml += `  - ${text}\n`;
      }
    } else {
      return undefined;
    }
  }
  return yaml;
}

/** A string as js-yaml writes it on one line; undefined when it writes it as a block. */
function scalarText(value: string, options: object): string | undefined {
  if (UNPRINTABLE.test(value) || (!NOT_PLAIN.test(value) && MAYBE_ANOTHER_TYPE.test(value))) {
    const text = dump(value, options);
    return text.indexOf('\n') === text.length - 1 ? text.slice(0, -1) : undefined;
  }
  return NOT_PLAIN.test(value) ? `'${value.replaceAll("'", "''")}'` : value;
}
