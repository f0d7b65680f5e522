import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../../../src/index/body/markdown.ts';
import { typeset } from '../../../../src/index/body/typography/typeset.ts';

// Non-breaking spaces are written as `~` in expectations, so they can be read.
const show = (text: string) => text.replace(/\u00A0/g, '~');
const ru = (text: string) => show(typeset(text, 'ru'));

describe('quotation marks', () => {
  it('straight quotes become «ёлочки», nested ones „лапки“', () => {
    expect(ru('"Газета "Правда" вышла"')).toBe('«Газета „Правда“ вышла»');
  });

  it('«ёлочки» nested in «ёлочки» become „лапки“ inside', () => {
    expect(ru('«Фильм «Абай» снят»')).toBe('«Фильм „Абай“ снят»');
  });

  it('correct quotes and apostrophes stay as written', () => {
    expect(ru('«Слово „внутри“ текста»')).toBe('«Слово „внутри“ текста»');
    expect(show(typeset("Qazaqstan'da jańa", 'kk'))).toBe("Qazaqstan'da jańa");
  });

  it('nesting carries across the pieces of one paragraph', () => {
    const state = { depth: 0 };
    expect(typeset('«Один «два', 'ru', state) + typeset('» три»', 'ru', state)).toBe('«Один „два“ три»');
  });
});

describe('dashes', () => {
  it('a spaced em dash keeps its words and gets a non-breaking space before it', () => {
    expect(ru('Астана — столица')).toBe('Астана~— столица');
  });

  it('the dash of a quote attribution becomes an em dash', () => {
    expect(ru('«Текст», – сказал он')).toBe('«Текст»,~— сказал он');
    expect(ru('«Текст», - отметил он')).toBe('«Текст»,~— отметил он');
  });

  it('a spaced hyphen becomes an em dash; hyphens inside words and ranges stay', () => {
    expect(ru('Алматы - город')).toBe('Алматы~— город');
    expect(ru('Касым-Жомарт, 2025-2026, из-за')).toBe('Касым-Жомарт, 2025-2026, из-за');
  });
});

describe('non-breaking spaces', () => {
  it('after one- and two-letter prepositions and conjunctions, also in a row', () => {
    expect(ru('Встреча в Астане и на севере')).toBe('Встреча в~Астане и~на~севере');
    expect(ru('с ним, к нам, у нас, о том, а ещё, по делу, за это, из дома, от него, до утра')).toBe(
      'с~ним, к~нам, у~нас, о~том, а~ещё, по~делу, за~это, из~дома, от~него, до~утра',
    );
    expect(ru('В Казахстане')).toBe('В~Казахстане');
  });

  it('not inside words or after the end of a longer word', () => {
    expect(ru('Ашимбаев отметил')).toBe('Ашимбаев отметил');
    expect(ru('вода из-за дождя')).toBe('вода из-за дождя');
  });

  it('inside numbers with units; a number written without a space stays so', () => {
    expect(ru('стоит 300 тенге')).toBe('стоит 300~тенге');
    expect(ru('выросло на 15 %')).toBe('выросло на~15~%');
    expect(ru('выросло на 15%')).toBe('выросло на~15%');
    expect(ru('1 250 000 тенге, № 5')).toBe('1~250~000~тенге, №~5');
  });

  it('Kazakh conjunctions', () => {
    expect(show(typeset('Астана және Алматы', 'kk'))).toBe('Астана және~Алматы');
  });

  it('Kazakh conjunctions in Arabic script, and no Cyrillic rule there', () => {
    const arab = (text: string) => show(typeset(text, 'kk-Arab'));
    expect(arab('استانا جانە الماتى')).toBe('استانا جانە~الماتى');
    expect(arab('ءار ادام مەن ەل')).toBe('ءار~ادام مەن~ەل');
    // Cyrillic short words quoted in an Arabic-script text stay unbound.
    expect(arab('ول «в Астане» دەدى')).toBe('ول «в Астане» دەدى');
  });
});

describe('the author’s words never change', () => {
  it('removing the typography gives the text back, letter for letter', () => {
    const text = 'Председатель Сената Маулен Ашимбаев встретился в Астане с "послом" - и обсудил 300 тенге, 15%.';
    const plain = (s: string) => s.replace(/[«»„“"]/g, '"').replace(/[\u00A0 ]+[-–—] /g, ' - ').replace(/\u00A0/g, ' ');
    expect(plain(typeset(text, 'ru'))).toBe(text);
  });
});

describe('in article bodies (markdown-it rule)', () => {
  const markdown = createMarkdown();

  it('typesets paragraph text and leaves escaped Markdown literal', () => {
    const html = markdown.render('«Текст», - сказал он в Астане.\n\n\\# Не заголовок и "не" код', { lang: 'ru' });
    expect(show(html)).toBe('<p>«Текст»,~— сказал он в~Астане.</p>\n<p># Не~заголовок и~«не» код</p>\n');
  });

  it('uses the Kazakh word list for a Kazakh article', () => {
    expect(show(markdown.render('Алматы және Астана в', { lang: 'kk' }))).toBe('<p>Алматы және~Астана в</p>\n');
  });

  it('uses the Arabic-script word list for an article in Arabic script', () => {
    expect(show(markdown.render('"الماتى" جانە استانا و Астане', { lang: 'kk-Arab' }))).toBe('<p>«الماتى» جانە~استانا و Астане</p>\n');
  });
});
