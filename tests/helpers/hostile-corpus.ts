import type { SitePaths } from '../../src/core/paths.ts';
import { addSource } from '../../support/site.ts';

/** Markup that would run in a browser if any of it reached a page as HTML. */
export const SCRIPT = '<script>alert(1)</script>';
export const IMG_ONERROR = '<img src=x onerror=alert(1)>';

/** A paragraph of about 1 MB on one line: plain words, so every one of them must reach the page. */
export const MEGABYTE_LINE = Array.from({ length: 90_000 }, (_, i) => `слово${i}`).join(' ');

/**
 * Sources an editor could receive from a wire or a copy-paste, each accepted by habar and each
 * a named case of the hostile-input tests. Keys are file names in content/sources.
 */
export const hostileSources: Record<string, string> = {
  'script-title.txt': [
    `date 2026-05-01 ${SCRIPT} Заголовок ${IMG_ONERROR}`,
    '',
    `Текст ${SCRIPT} и ${IMG_ONERROR} в теле.`,
    '<a href="javascript:alert(1)">ссылка</a> <iframe src="//evil.example"></iframe> <style>body{display:none}</style>',
    '',
    // Not a tag line (tags are letters, digits, _ and -), so it stays text: shown, never markup.
    `#Казахстан ${IMG_ONERROR}`,
  ].join('\n'),
  'markdown-line-starts.txt': [
    'date 2026-05-02 # Заголовок с *звездами* и [ссылкой](javascript:alert(1))',
    '',
    '# Не заголовок',
    '## И это не заголовок',
    '> Не цитата',
    '- Не список',
    '+ Не список',
    '* Не список',
    '1. Не нумерованный список',
    '2) И это не список',
    '***',
    '===',
    '```js',
    '| колонка | колонка |',
    '[метка]: javascript:alert(1)',
    '![картинка](x.png) [ссылка](javascript:alert(1)) <javascript:alert(1)> <http://evil.example>',
    '<!-- комментарий --> &lt;b&gt; &amp; &#60;script&#62; \\ в конце\\',
    '',
    '#markdown',
  ].join('\n'),
  'template-syntax.txt': [
    'date 2026-05-03 {{ site.name }} и {% include "base.njk" %} в заголовке',
    '',
    '{{ 7 * 7 }} {{ site | dump }} {%- raw -%} {% endraw %} {# комментарий #}',
    '{% set x = "y" %}{{ x }} ${process.exit(1)} <%= 1 %> {{{ тройные }}}',
    '',
    '#шаблоны',
  ].join('\n'),
  'yaml-significant.txt': [
    'date 2026-05-04 - "Сенат": ключ: значение # не комментарий \'кавычки\'',
    '',
    '---',
    'title: подмена',
    '- пункт списка',
    '"кавычки" и \'апострофы\' & *якорь !!js/function ? вопрос % @ `',
    '...',
    '',
    '#yaml',
  ].join('\n'),
  'paths-in-title.txt': [
    'date 2026-05-05 ../../../etc/passwd /корень \\\\server\\share ..\\.. \u0000NUL',
    '',
    'Путь ../../outside и C:\\Windows\\system32 и /etc/passwd и NUL\u0000 внутри.',
    '',
    '#пути',
  ].join('\n'),
  'empty-slug-tags.txt': [
    'date 2026-05-06 中文标题',
    '',
    'Теги ниже не дают ни одной латинской буквы.',
    '',
    '#中文 #日本語 #___',
  ].join('\n'),
  'megabyte-line.txt': `date 2026-05-07 Очень длинный абзац\n\n${MEGABYTE_LINE}\n\n#длинно\n`,
  'mixed-line-endings.txt': 'date 2026-05-08 Разные концы строк\r\n\r\nПервый абзац.\rВторой абзац.\nТретий абзац.\r\n\n#переводы\r',
  'invisible-and-rtl.txt': [
    'date 2026-05-09 За\u200bго\u202eловок\u2066 с \u200fуправляющими\u202c символами',
    '',
    '\ufeffТекст с \u200bнулевой шириной, \u202eперевёрнутым\u202c фрагментом и арабским словом مرحبا и ивритом שלום.',
    '',
    '#Не\u200bвидимый #ש\u202eלום',
  ].join('\n'),
  'many-tags.txt': [
    'date 2026-05-10 Пятьдесят тегов',
    '',
    'Статья с наибольшим допустимым числом тегов.',
    '',
    Array.from({ length: 50 }, (_, i) => `#тег${i}`).join(' '),
  ].join('\n'),
};

export function addHostileCorpus(paths: SitePaths): void {
  for (const [name, text] of Object.entries(hostileSources)) addSource(paths, name, text);
}
