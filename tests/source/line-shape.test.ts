import { describe, expect, it } from 'vitest';
import { isHeadlineLike, isHeadlineVariant, isKickeredHeadline, isTemperatureHeadline } from '../../src/source/line-shape.ts';

describe('line shapes', () => {
  it.each([
    'Ш. Уәлиханов атындағы гимназия 100 жылдығын атап өтті',
    'А.Байтұрсынұлы атындағы мектепте кітап көрмесі ашылды',
  ])('a headline with an initial reads as a headline: %s', (line) => {
    expect(isHeadlineLike(line)).toBe(true);
  });

  it('two sentences on a line read as no headline', () => {
    expect(isHeadlineLike('Жол жабылды. Жүргізушілер басқа жолмен жүреді')).toBe(false);
  });

  it.each([
    ['Алаш пьесасы - «Мұрат үшін майдан»', 'Алаш пьесасы – «Мұрат үшін майдан» біз үшін тосын жаңалық!'],
    ['Ахмет Байтұрсынұлының тағы бір кітапшасы табылды', 'Ахмет Байтұрсынұлының тағы бір кітабы табылды'],
  ])('%s is the headline printed again otherwise', (line, headline) => {
    expect(isHeadlineVariant(line, headline)).toBe(true);
  });

  it.each([
    ['Алаш пьесасы', 'Алаш пьесасы – «Мұрат үшін майдан» біз үшін тосын жаңалық!'],
    ['Ахмет Байтұрсынұлының тағы екі мақаласы табылды', 'Ахмет Байтұрсынұлының тағы бір кітабы табылды'],
    ['Ахмет Байтұрсынұлының тағы бір кітабы табылды.', 'Ахмет Байтұрсынұлының тағы бір кітапшасы табылды'],
    ['Жаңа мектеп ашылды', 'Жаңа аурухана ашылды'],
    ['Жители попросили новый мост', 'Сельский сход. Жители попросили отремонтировать мост'],
  ])('%s is no copy of the headline', (line, headline) => {
    expect(isHeadlineVariant(line, headline)).toBe(false);
  });
});

describe('a headline after its series\' name', () => {
  it('the headline without its series\' name is a copy of it', () => {
    expect(isHeadlineVariant('Жители попросили отремонтировать мост', 'Сельский сход. Жители попросили отремонтировать мост')).toBe(true);
  });


  it.each(['Алма-Ата и Алматы. Забытые названия улиц', 'Степной город. Письма из старого почтамта'])('%s is one', (line) => {
    expect(isKickeredHeadline(line)).toBe(true);
  });

  it.each([
    // A sentence closes the line, or the part before the period is a sentence of its own, no series' name.
    'Степной город. Письма нашли в подвале.',
    'В подвале старого почтамта нашли письма. Их передали в музей',
  ])('%s is none', (line) => {
    expect(isKickeredHeadline(line)).toBe(false);
  });
});

describe('a headline opening on a temperature', () => {
  it.each(['-32 С. Бүгін сабақ болмайды', '+40°C: жара держится в регионах', '−25 градусов. Занятия в школах отменены'])('%s is one', (line) => {
    expect(isTemperatureHeadline(line)).toBe(true);
  });

  it.each([
    // The reading alone (a weather widget), no sign, or a sentence after it.
    '-24 C',
    '32 С. Бүгін сабақ болмайды',
    '-32 С. Бүгін қалада сабақ болмайды деп хабарлады білім басқармасы.',
  ])('%s is none', (line) => {
    expect(isTemperatureHeadline(line)).toBe(false);
  });
});
