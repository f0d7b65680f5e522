import fc from 'fast-check';
import { IMG_ONERROR, SCRIPT } from '../helpers/hostile-corpus.ts';

/** Every property runs with this seed, so a failure in CI reproduces locally; fast-check prints the path to shrink from. */
export const PROPERTY_SEED = 20_260_127;
export const PROPERTY_RUNS = 1000;

// Text that means something to HTML, Markdown, YAML, Nunjucks, Liquid, file systems or the bidi algorithm.
const HOSTILE = [
  SCRIPT, IMG_ONERROR, '<a href="javascript:alert(1)">x</a>', 'javascript:alert(1)', '<!--', '-->', '<', '>', '&', '&amp;', '&#60;', '"', "'",
  '#', '##', '>', '-', '+', '*', '**', '_', '__', '`', '```', '~~~', '1.', '2)', '[x](javascript:alert(1))', '![i](x)', '[a]: /b', '|', '---', '===', '\\',
  '{{', '}}', '{{ site.name }}', '{%', '%}', '{% include "x" %}', '{#', '${x}',
  ': ', ':', '- ', '? ', '!!js/function', '&anchor', '*alias', '%YAML', '...', '@',
  '../', '..', '/', '\\\\', '\u0000', '\u200b', '\ufeff', '\u202e', '\u2066', '\u200f', '\u00a0', '\u3000', '\t',
  'Фото:', '#тег', 'date', 'date 2026-01-27',
];
const WORDS = ['Сенат', 'встретился', 'Қазақстан', 'әкімдігі', 'Qazaqstan', 'сообщает', 'Kazinform', 'деп', 'хабарлайды', '12%', '«цитата»', '–'];

/** A fragment of a line: hostile syntax, an ordinary word, or any Unicode text (no line breaks: lines are built apart). */
const fragment = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...WORDS),
  fc.string({ unit: 'binary', maxLength: 6 }).map((text) => text.replace(/[\r\n]/g, '')),
);
const gap = fc.constantFrom(' ', '  ', '\t', '\u00a0', '');

/** One line of fragments joined by assorted spaces. */
export const line = fc.array(fc.tuple(fragment, gap), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([text, space]) => text + space).join(''));

const tagName = fc.oneof(
  fc.constantFrom('Казахстан', 'казахстан', 'Сенат', 'Qazaqstan', '中文', '___', 'тег_1', 'Түркістан', 'a-b'),
  fc.stringMatching(/^[а-яәғқңөұүһіa-z0-9_]{1,12}$/u),
);
const lineEnding = fc.constantFrom('\n', '\r\n', '\r');

export interface GeneratedSource {
  text: string;
  title: string;
  paragraphs: string[];
  tags: string[];
}

/** A source shaped like an editor's: date line with a hostile title, hostile paragraphs, maybe a tag line, mixed line endings. */
export const hostileSource: fc.Arbitrary<GeneratedSource> = fc
  .record({
    leading: fc.constantFrom('', '\ufeff', '\n\n', '\r\n'),
    title: line,
    paragraphs: fc.array(line, { minLength: 1, maxLength: 6 }),
    tags: fc.array(tagName, { maxLength: 6 }),
    endings: fc.array(lineEnding, { minLength: 10, maxLength: 10 }),
    blankBetween: fc.boolean(),
  })
  .map(({ leading, title, paragraphs, tags, endings, blankBetween }) => {
    const lines = [`date 2026-01-27 ${title}`, ...paragraphs, ...(tags.length ? [tags.map((t) => `#${t}`).join(' ')] : [])];
    const text = leading + lines.map((l, i) => l + endings[i % endings.length]! + (blankBetween ? endings[(i + 1) % endings.length]! : '')).join('');
    return { text, title, paragraphs, tags };
  });
