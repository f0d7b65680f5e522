import { describe, expect, it } from 'vitest';
import { titleNoise } from '../../src/check/title-noise.ts';

describe('titleNoise', () => {
  it.each([
    ['РУ Спикер Сената встретился с министром', /language marker "РУ"/],
    ['Спикер Сената встретился с министром (KZ)', /language marker "KZ"/],
    ['ҚАЗАҚША Спикер Сената встретился с министром', /language marker "ҚАЗАҚША"/],
    ['Қаз Спикер Сената встретился с министром', /language marker "Қаз"/],
    ['12:24 Спикер Сената встретился с министром', /time of day/],
    ['Сенат', /very short/],
    ['Новости дня', /very short/],
    ['Усть-Каменогорск', /very short/],
  ])('%s', (title, reason) => {
    expect(titleNoise(title)).toMatch(reason);
  });

  it.each([
    'Спикер Сената встретился с министром иностранных дел Израиля',
    'Руководство КазМунайГаза сменилось',
    'Матч начнется в семь вечера по времени Астаны',
    'Счет 2:1 в пользу «Астаны»',
    'Русский язык в школах станет обязательным',
    'Чиновников-взяточников уволили',
    'Қазақша күрес турнирі басталды',
    'قازاق ءباسپاسوزى: جاڭا كەزەڭ',
  ])('no warning: %s', (title) => {
    expect(titleNoise(title)).toBeUndefined();
  });
});
