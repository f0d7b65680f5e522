import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/source/article.ts';
import { metaLine } from '../../src/source/clutter/meta-line.ts';
import { SourceError } from '../../src/source/errors.ts';
import { parseSource } from '../../src/source/parse.ts';
import { creditIn } from '../../src/source/rules/photo-credit.ts';

function parse(text: string): Article {
  const result = parseSource(text);
  if (result instanceof SourceError) throw new Error(`unexpected ${result.format()}`);
  return result;
}

describe('score lines of a match report', () => {
  it('keeps a goal line with a one-figure score as text, no stamp', () => {
    expect(metaLine('3:1 — Галимов — 57:48')).toBeUndefined();
    expect(metaLine('10:0 — Иванов')).toBeUndefined();
  });
  it('still reads a clock with its day as a stamp', () => {
    expect(metaLine('Вчера 15:45')).toBe('stamp');
    expect(metaLine('10 ноября 23:47')).toBe('stamp');
  });
});

describe('the last item of a tally', () => {
  const head = 'date 2025-06-02 Сборная заняла третье место\nСборная завоевала восемь золотых медалей на турнире в Бангкоке, сообщает Kazinform.\nИтоги турнира:\n';
  it('is whole when it ends on the word the item above ends on', () => {
    const article = parse(`${head}- Япония - 12 золотых, 5 серебряных, 4 бронзовых\n- Казахстан - 8 золотых, 6 серебряных, 8 бронзовых\n7 дней спортсмены из 19 стран боролись за медали.\n`);
    expect(article.paragraphs.at(-1)).toBe('7 дней спортсмены из 19 стран боролись за медали.');
  });
  it('still takes the figure that opens the next line when the item was wrapped', () => {
    const article = parse(`${head}- Япония - 12 золотых медалей\n- в пунктах временного размещения сейчас находятся\n284 человек из трех районов области.\n`);
    expect(article.paragraphs.at(-1)).toBe('- в пунктах временного размещения сейчас находятся 284 человек из трех районов области.');
  });
});

describe('a link to another report closing on «подробности»', () => {
  const lead = 'Сборная начала подготовку к матчам отборочного турнира, сообщает Vesti.kz.';
  it('is left out below the lead, the page\'s last line too', () => {
    const article = parse(`date 2025-10-02 Сборная собралась в Астане\n${lead}\nВторой матч команда проведет на выезде.\nБельгия, лидер группы, потеряла звезду перед матчем: подробности\n`);
    expect(article.paragraphs).toEqual([lead, 'Второй матч команда проведет на выезде.']);
  });
  it('is the headline on the date line', () => {
    const article = parse(`date 2025-10-02 Землетрясение в Алматы: подробности\n${lead}\n`);
    expect(article.title).toBe('Землетрясение в Алматы: подробности');
  });
  it('stays text when it closes its sentence', () => {
    const line = 'В пресс-службе клуба пообещали позже сообщить подробности.';
    expect(parse(`date 2025-10-02 Сборная собралась в Астане\n${lead}\n${line}\n`).paragraphs).toContain(line);
  });
});

describe('credits of sports pages', () => {
  it('reads a club site named in quotes after a caption', () => {
    expect(creditIn('Эпизод матча "Тобол" - "Ордабасы". Фото с сайта ФК "Тобол"')).toEqual({ credit: 'ФК "Тобол"', caption: 'Эпизод матча "Тобол" - "Ордабасы".' });
  });
  it('reads a generic credit in brackets after a caption of sentences', () => {
    expect(creditIn('Шаңғышылар мәре сызығында. Алматы, 12 ақпан 2014 жыл. (Көрнекі сурет)')).toMatchObject({ credit: 'Көрнекі сурет', generic: true });
  });
  it('leaves a paragraph closing on a bracketed note of its own', () => {
    expect(creditIn('Спортшылар мәре сызығына жетті. (Жалғасы бар)')).toBeUndefined();
  });
  it('takes a WordPress caption shortcode off its credit', () => {
    const article = parse('date 2014-05-18 Боксер защитил пояс\n[caption id="attachment_1" align="alignleft" width="300"]фото Reuters[/caption]\nКазахстанский боксер защитил свой титул в пятый раз, сообщает Kazinform.\n');
    expect(article.photoCredit).toBe('Reuters');
    expect(article.paragraphs).toEqual(['Казахстанский боксер защитил свой титул в пятый раз, сообщает Kazinform.']);
  });
});

describe('a site that tells «бұл туралы» before the body it cites', () => {
  it('is the outlet, the cited site its source', () => {
    const article = parse('date 2023-08-20 «Ақтөбе» жеңіске жетті\n«Ақтөбе» Павлодарда «Ертісті» 2:0 есебімен ұтты. Bassport.kz бұл туралы 1bol.kz-ке сілтеме жасап хабарлайды.\n');
    expect(article.attribution).toMatchObject({ outlet: 'Bassport.kz', via: '1bol.kz' });
  });
  it('names no outlet when a person, no domain, stands before it', () => {
    const article = parse('date 2023-08-20 «Ақтөбе» жеңіске жетті\n«Ақтөбе» Павлодарда «Ертісті» 2:0 есебімен ұтты. Бапкер бұл туралы клуб сайтына сілтеме жасап хабарлайды.\n');
    expect(article.attribution?.outlet).not.toBe('Бапкер');
  });
});
