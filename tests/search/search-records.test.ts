import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/index/body/markdown.ts';
import { searchRecord, searchRecordAndBody, type SearchArticle } from '../../src/search/search-records.ts';
import { line, PROPERTY_SEED } from '../properties/arbitraries.ts';
import type { TagRef } from '../../src/index/site-index.ts';

const tag = (name: string): TagRef => ({ name, slug: name, url: `/tags/${name}/` });

const article = (overrides: Partial<SearchArticle>): SearchArticle => ({
  title: 'Сенат одобрил закон',
  date: '2026-01-27',
  lang: 'ru',
  url: '/2026/01/senat-odobril-zakon/',
  tags: [],
  body: 'Первый абзац.\n\nВторой абзац',
  ...overrides,
});

describe('searchRecord', () => {
  it('holds what the article block of the page shows, as sentences: title, date, body, credit, attribution, tags', () => {
    const record = searchRecord(
      article({ photo: 'senat.jpg', photoCredit: 'Сенат', outlet: 'Kazpravda.kz', via: 'Сенат', tags: [tag('Казахстан'), tag('Сенат')] }),
      createMarkdown(),
    );
    expect(record).toEqual({
      url: '/2026/01/senat-odobril-zakon/',
      language: 'ru',
      meta: { title: 'Сенат одобрил закон' },
      content:
        'Сенат одобрил закон. 27 января 2026. Первый абзац. Второй абзац. Фото: Сенат. ' +
        'Источник: Kazpravda.kz, со ссылкой на Сенат. #Казахстан. #Сенат.',
    });
  });

  it('leaves out the credit of a photo the article does not have, as its page does', () => {
    expect(searchRecord(article({ photoCredit: 'Сенат' }), createMarkdown()).content).toBe('Сенат одобрил закон. 27 января 2026. Первый абзац. Второй абзац.');
  });

  it('keeps the text of markup and leaves the markup out; source text that looks like HTML stays text', () => {
    const body = '## Подзаголовок\n\nСм. **важное** и [ссылку](https://example.kz), `код` <script>x</script>\nи дальше.\n\n- пункт';
    const { content } = searchRecord(article({ body }), createMarkdown());
    expect(content).toBe('Сенат одобрил закон. 27 января 2026. Подзаголовок. См. важное и ссылку, код <script>x</script> и\u00A0дальше. пункт.');
  });

  it('is typeset in the article\'s language and indexed under it', () => {
    const record = searchRecord(article({ lang: 'kk', title: 'Астанада "жаңа" саябақ ашылды', body: 'Мәтін - қысқа.' }), createMarkdown());
    expect(record.language).toBe('kk');
    expect(record.meta).toEqual({ title: 'Астанада «жаңа» саябақ ашылды' });
    expect(record.content).toBe('Астанада «жаңа» саябақ ашылды. 27 қаңтар 2026. Мәтін\u00A0— қысқа.');
  });

  it('indexes Kazakh in Arabic script in the one Kazakh index, with its own dates and sentence ends', () => {
    const record = searchRecord(article({ lang: 'kk-Arab', title: 'استانادا "جاڭا" ساياباق اشىلدى', body: 'ماتىن - قىسقا؟' }), createMarkdown());
    expect(record.language).toBe('kk');
    expect(record.content).toBe('استانادا «جاڭا» ساياباق اشىلدى. 27 قاڭتار 2026. ماتىن\u00A0— قىسقا؟');
  });
});

describe('searchRecordAndBody', () => {
  it('gives the record searchRecord gives and the body as the markdown filter renders it, from one parse', () => {
    const markdown = createMarkdown();
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), fc.constantFrom('ru' as const, 'kk' as const), (paragraphs, lang) => {
        const subject = article({ lang, body: paragraphs.join('\n\n') });
        const { record, bodyHtml } = searchRecordAndBody(subject, markdown);
        expect(record).toEqual(searchRecord(subject, markdown));
        expect(bodyHtml).toBe(markdown.render(subject.body, { lang }));
      }),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });
});
