import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/ingest/markdown/escape.ts';
import { createMarkdown } from '../../../src/index/body/markdown.ts';

const md = createMarkdown();

/**
 * What a reader sees: the rendered HTML with its one paragraph's tags removed and entities decoded.
 * Typography's non-breaking spaces read as spaces here (tests/site/typography covers them).
 */
function renderedText(markdown: string): string {
  const html = md.render(markdown).trim().replace(/\u00A0/g, ' ');
  expect(html.startsWith('<p>') && html.endsWith('</p>')).toBe(true);
  return html.slice(3, -4).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('escapeMarkdown renders as the same literal text', () => {
  it.each([
    '1. Первый пункт',
    '2) второй',
    '* звездочка',
    '+ плюс',
    '- дефис',
    '# решетка',
    '#1 рейтинга',
    '> цитата',
    '= равно',
    'Текст с <b>тегом</b> и <script>alert(1)</script>',
    '[ссылка](http://example.com) и ![картинка](x.png)',
    '`код` и ```блок```',
    '{{ site.name }} и {% raw %}',
    '**жирный** и _курсив_ и ~~зачеркнуто~~',
    'A&amp;B &copy; &#169;',
    'обратный слеш \\ в конце \\',
    'таблица | с | чертами',
    '<http://example.com> и https://example.com',
    'Kazpravda.kz со ссылкой на Сенат',
  ])('%s', (text) => {
    expect(renderedText(escapeMarkdown(text))).toBe(text);
  });

  it('leaves ordinary text readable', () => {
    expect(escapeMarkdown('Сообщает Kazpravda.kz: «цитата» — 15%.')).toBe('Сообщает Kazpravda.kz: «цитата» — 15%.');
  });
});
