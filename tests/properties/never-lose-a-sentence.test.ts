import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metaLine } from '../../src/source/clutter/meta-line.ts';
import { SourceError } from '../../src/source/errors.ts';
import { normalizeLines } from '../../src/source/normalize.ts';
import { parseSource } from '../../src/source/parse.ts';
import { DATELINE } from '../../src/source/rules/attribution.ts';
import { clutterRuleOf } from '../../src/source/rules/clutter.ts';
import { isLabelledCaption } from '../../src/source/rules/photo-alt.ts';
import { creditIn } from '../../src/source/rules/photo-credit.ts';
import { PROPERTY_RUNS, PROPERTY_SEED } from './arbitraries.ts';

const settings = { seed: PROPERTY_SEED, numRuns: PROPERTY_RUNS };

// Words of reports, with those the clutter table and the credit rule look for: a sentence made
// of them must still reach the article whole.
const WORDS = [
  'Сенат', 'одобрил', 'закон', 'в', 'на', 'и', 'по', 'с', '12', '2026', 'года', 'марта', 'Наурыз', '10:00', '4236', 'рет', 'мин', 'просмотров',
  'Фото', 'фото:', 'Сурет', 'Читайте', 'также', 'Поделиться', 'Подпишитесь', 'Telegram-канал', 'Теги', 'GMT', '+5', 'Политика', 'Общество',
  'сообщает', 'Kazinform', 'деп', 'хабарлайды', 'тілшісі', 'Қазақстан', 'әкімдігі', 'көрсетілді', 'оқу', 'үшін', 'pikir', 'Ýzdik', 'materialdar',
  '#Казахстан', '«цитата»', '–', 'жаңа', 'мектеп', 'ашылды', 'Тренды', 'Главное', 'Астана.', 'KAZINFORM', 'Новости', 'None', 'USD', 'Айгерим', 'Садыкова',
];
const word = fc.constantFrom(...WORDS);

/** A sentence: six to twenty words, a capital first, a period last (inside a closing quote at times), an agency's dateline first at times. */
const sentence = fc
  .tuple(fc.array(word, { minLength: 6, maxLength: 20 }), fc.constantFrom('.', '.»'), fc.boolean(), fc.constantFrom('', '', '', 'Астана. 12 марта. KAZINFORM - '))
  .map(([words, end, quoted, dateline]) => {
    const text = words.join(' ');
    const capital = text.charAt(0).toUpperCase() + text.slice(1);
    return dateline + (quoted ? `«${capital}` : capital) + end;
  });

const LISTED_STAMP = '06.03.2026, 21:55 1691';
const FEED_LABEL = 'Сейчас читают';
const OTHER_HEADLINE = 'Новый сквер откроют в центре города';
// Lines outlet pages put around a report, as copied.
const CLUTTER = [
  'РУ', 'ҚАЗ РУС ENG', '12:24, 27 Ноябрь 2025 | GMT +5', LISTED_STAMP, 'Поделиться:', 'Читайте также:', 'Теги:', 'Тренды:', '#АЭС в Казахстане',
  '4236 рет', 'көрсетілді', '24 мин', 'оқу үшін', '12 pikir', 'Ýzdik materialdar', 'Предыдущая новость', 'Политика', 'Опубликовано:', '1351',
  'Подпишитесь на наш Telegram-канал и узнавайте новости первыми!', 'Фото: Сенат', 'Сұхбат • 21 Ақпан, 2025', FEED_LABEL, 'Реклама',
  OTHER_HEADLINE, 'Образование', '#Казахстан #Сенат',
];
const page = fc.array(fc.oneof({ arbitrary: sentence.map((text) => ({ text, sentence: true })), weight: 2 }, fc.constantFrom(...CLUTTER).map((text) => ({ text, sentence: false }))), { minLength: 1, maxLength: 14 });

describe('never lose a sentence', () => {
  it('every line of six words or more that no rule matches on its own reaches the article, in order', () => {
    fc.assert(fc.property(page, fc.constantFrom('Сенат одобрил закон о местном самоуправлении', 'РУ', '06.03.2026, 21:55 1691'), (lines, title) => {
      const text = `date 2026-03-06 ${title}\n\n${lines.map((l) => l.text).join('\n\n')}\n`;
      const article = parseSource(text);
      // The one block that runs to the end of the page: a listed stamp (with its view counter) after a
      // paragraph opens teasers of other reports (rules/teaser.ts); what follows it may go.
      const firstSentence = lines.findIndex((l) => l.sentence);
      const stamp = lines.findIndex((l, i) => i > firstSentence && firstSentence >= 0 && l.text === LISTED_STAMP);
      // A report has one dateline: a later sentence opening with the dateline of an earlier one opens
      // another report, which may go to the end too.
      const agencies = lines.map((l) => (l.sentence ? DATELINE.exec(l.text)?.groups?.outlet : undefined));
      const dateline = agencies.findIndex((agency, i) => agency !== undefined && agencies.slice(0, i).includes(agency));
      // A feed's label after a paragraph, over another report's headline (its stamp between or not), heads
      // the rest of the page (rules/clutter.ts): the feed's excerpts close sentences too.
      const feed = lines.findIndex((l, i) => {
        if (firstSentence < 0 || i <= firstSentence || l.text !== FEED_LABEL) return false;
        let below = i + 1;
        while (below < lines.length && below <= i + 2 && metaLine(lines[below]!.text) === 'stamp') below++;
        return lines[below]?.text === OTHER_HEADLINE && below + 1 < lines.length;
      });
      const teaser = Math.min(...[stamp, dateline, feed].filter((i) => i >= 0));
      const kept = lines
        .map((l) => normalizeLines(l.text)[0]!.text)
        .filter((l, i) => lines[i]!.sentence && i < teaser && clutterRuleOf(l) === undefined && creditIn(l) === undefined && !isLabelledCaption(l));
      if (article instanceof SourceError) {
        // Refused sources lose nothing: the editor is told and the last article stays.
        return;
      }
      const body = article.paragraphs;
      let at = 0;
      for (const line of kept) {
        const found = body.indexOf(line, at);
        expect(found, `lost: ${line}\nfrom:\n${text}`).toBeGreaterThanOrEqual(0);
        at = found + 1;
      }
    }), settings);
  });

  it.each([
    ['a long sentence that starts with «Фото»', 'Фото выставки молодых художников показали в музее Астаны в среду.'],
    ['«Читайте также» inside a sentence', 'Подробности о реформе читайте также в нашем обзоре за прошлую неделю.'],
    ['a real sentence about a Telegram channel', 'Министерство открыло Telegram-канал для жителей области в понедельник.'],
    ['a number-heavy sentence', 'В 2025 году 4 236 человек получили 12 000 тенге, 37% из них в марте.'],
    ['a sentence with «рет» and a count', 'Команда үш рет жеңіске жетті, 12 ойыншы алғаш рет шақырылды.'],
    ['a sentence with a date and time', 'Заседание начнется 12 марта 2026 года в 10:00 в здании Сената страны.'],
    ['a sentence with a rubric word first', 'Политика открытости принесла ведомству доверие граждан за этот год.'],
    ['a sentence after «Читайте также:»', 'Строительство остальных школ завершится в 2027 году по плану акимата.'],
  ])('keeps %s', (_, line) => {
    const article = parseSource(`date 2026-03-06 Сенат одобрил закон о местном самоуправлении\n\nЧитайте также:\n\n${line}\n`);
    if (article instanceof SourceError) throw article;
    expect(article.paragraphs).toContain(line);
  });

  it('keeps both halves of a line the page broke after a comma above the lead of a copied page', () => {
    const article = parseSource('date 2026-03-06 Отарларды қысқа дайындау басталды\n\nЖаңалықтар\n\nОблыстық жер қатынастары, Ауыл шаруашылығы,\nСу ресурстары бөлімдеріне\nБиыл ауданда қыстауларды жөндеу жұмыстары ерте басталып, шаруалар жем-шөп қорын жинап жатыр.\n');
    if (article instanceof SourceError) throw article;
    expect(article.paragraphs.join(' ')).toContain('Облыстық жер қатынастары, Ауыл шаруашылығы, Су ресурстары бөлімдеріне');
  });
});
