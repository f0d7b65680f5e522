import slugify from '@sindresorhus/slugify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, SlugAllocator } from '../../../src/ingest/slug/allocator.ts';
import { TagSlugs } from '../../../src/ingest/slug/tags.ts';
import { latinizeKazakhArabic } from '../../../src/ingest/slug/kazakh-arabic.ts';
import { replacements, toSlug, truncateSlug } from '../../../src/ingest/slug/transliterate.ts';
import { PROPERTY_RUNS, PROPERTY_SEED } from '../../properties/arbitraries.ts';

describe('toSlug', () => {
  it.each([
    ['Казахстан', 'kazakhstan'],
    ['Спикер Сената встретился с министром', 'spiker-senata-vstretilsya-s-ministrom'],
    ['Ёлка, щука и цирк', 'yolka-schuka-i-tsirk'],
    ['Қазақстан', 'qazaqstan'],
    ['Әже Ғылым Қала Өнер Ұлт Үй Һ Ің', 'azhe-gylym-qala-oner-ult-uy-h-in'],
    ['Qazaqstan', 'qazaqstan'],
    ['Jańa ǵylym ortalyǵy ashyldy, Respýblıka', 'jana-gylym-ortalygy-ashyldy-respyblika'],
    ['Qalada jaŋa kıtaphana aşyldy, ŊQ', 'qalada-jana-kitaphana-asyldy-nq'],
    ['Därıhana, Ötkel, Üi', 'darihana-otkel-ui'],
    ['Итоги года #1 рейтинга', 'itogi-goda-1-reytinga'],
  ])('%s → %s', (text, slug) => {
    expect(toSlug(text)).toBe(slug);
  });

  it('a lone Kazakh letter is not an empty slug', () => {
    expect(toSlug('Қ')).toBe('q');
  });
});

describe('toSlug word by word', () => {
  // Characters slugify treats apart: contractions, diacritics (`^`, a combining acute), Russian pairs
  // its table reads together (ъе, ый, тс), replacements into several words (&, ♥), final sigma.
  const CHARACTERS = [..."aAzZ09 '’`^&-—–_\\«»\"!?.,:;#/ÄäÖöÜüŋİıßÉéЁёЙйЪъЫыЕеТтСсЬьәғқңөұүһіӘҒҚҢӨҰҮҺІΣσςΟΔ中🦄♥\u0301\u0308\u00a0"];
  const text = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 16 }).map((characters) => characters.join(''));

  it('gives the slug slugify gives the whole text', () => {
    fc.assert(
      fc.property(text, (title) => {
        expect(toSlug(title)).toBe(slugify(latinizeKazakhArabic(title), { customReplacements: replacements, decamelize: false }));
      }),
      { numRuns: PROPERTY_RUNS * 5, seed: PROPERTY_SEED },
    );
  });
});

describe('toSlug of Kazakh in Arabic script', () => {
  it.each([
    ['استانا', 'astana'],
    ['قازاقستان', 'qazaqstan'],
    ['استانادا جاڭا كوپىر اشىلدى', 'astanada-zhana-kopir-ashyldy'],
    // ٴ (or ء, as papers often type it) marks a word of front vowels: ى is і there, ы elsewhere.
    ['ٴبىزدىڭ ەلىمىز ءتىلى', 'bizdin-elimiz-tili'],
    ['ىستىق', 'ystyq'],
    ['ٴۇي ٴوڭىر ٴۇلكەن', 'uy-onir-ulken'],
    // ي is й after a vowel, и elsewhere; ۋ is у, ۆ is в.
    ['رەسەي مينيستر اۋىل ۆاشينگتون', 'resey-ministr-auyl-vashington'],
    ['حابار ھالىق چەمپيون پرەزيدەنت فەرما', 'khabar-halyq-chempion-prezident-ferma'],
    ['2026 جىلعى 28 اقپان', '2026-zhylgy-28-aqpan'],
    // Arabic comma, semicolon and question mark separate words.
    ['جاڭا،ٴۇي؛ٴسوز؟ٴبىز', 'zhana-uy-soz-biz'],
  ])('%s → %s', (text, slug) => {
    expect(toSlug(text)).toBe(slug);
  });

  it('a word gives the slug of its Cyrillic spelling', () => {
    const words = [
      ['قازاقستان قىزمەتتىك قىركۇيەك', 'Қазақстан қызметтік қыркүйек'],
      ['ٴبىزدىڭ ەلىمىزدىڭ تاۋەلسىزدىگى', 'Біздің еліміздің тәуелсіздігі'],
      ['جەلتوقسان ناۋرىز ءساۋىر شىلدە', 'Желтоқсан наурыз сәуір шілде'],
      ['ٴوسكەمەن، تاراز، ۇلى دالا', 'Өскемен, Тараз, Ұлы дала'],
    ];
    for (const [arabic, cyrillic] of words) expect(toSlug(arabic!)).toBe(toSlug(cyrillic!));
  });

  it('a title of Arabic words with no Kazakh letters still gets letters, and mixed titles keep both', () => {
    expect(toSlug('ثقافة')).not.toBe('');
    expect(toSlug('Expo: استانا كورمەسى')).toBe('expo-astana-kormesi');
  });
});

describe('truncateSlug', () => {
  it('cuts at a word boundary', () => {
    expect(truncateSlug('alpha-beta-gamma', 12)).toBe('alpha-beta');
  });
  it('cuts a single long word hard', () => {
    expect(truncateSlug('a'.repeat(100), 80)).toHaveLength(80);
  });
});

describe('SlugAllocator', () => {
  it('keeps slugs at most 80 characters, ending on a whole word', () => {
    const title = 'Председатель Сената Маулен Ашимбаев встретился с министром иностранных дел Государства Израиль Гидеоном Моше Сааром';
    const slug = new SlugAllocator().allocate(title, 'article');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(toSlug(title).startsWith(`${slug}-`)).toBe(true);
  });

  it('gives the same title distinct slugs, the newcomer taking the suffix', () => {
    const first = new SlugAllocator();
    expect(first.allocate('Погода', 'article', '2026/01/')).toBe('pogoda');
    expect(first.allocate('Погода', 'article', '2026/01/')).toBe('pogoda-2');
    // A later run seeded with what was handed out keeps both and adds a third.
    const later = new SlugAllocator(['2026/01/pogoda', '2026/01/pogoda-2']);
    expect(later.allocate('Погода', 'article', '2026/01/')).toBe('pogoda-3');
    expect(later.allocate('Погода', 'article', '2026/02/')).toBe('pogoda');
  });

  it('suffixes stay within the length limit', () => {
    const allocator = new SlugAllocator();
    const title = 'слово '.repeat(30);
    allocator.allocate(title, 'article');
    expect(allocator.allocate(title, 'article').length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });

  it('falls back when nothing transliterates', () => {
    const allocator = new SlugAllocator();
    expect(allocator.allocate('中国 !!!', 'article')).toBe('article');
    expect(allocator.allocate('😀', 'article')).toBe('article-2');
  });
});

describe('TagSlugs', () => {
  it('tags equal after case folding share one slug', () => {
    const tags = new TagSlugs({});
    expect(tags.slugFor('туризм')).toBe('turizm');
    expect(tags.slugFor('ТУРИЗМ')).toBe('turizm');
  });

  it('keeps slugs it was given and never hands them out again', () => {
    const known = { 'казахстан': 'kazakhstan' };
    const tags = new TagSlugs(known);
    expect(tags.slugFor('Kazakhstan')).toBe('kazakhstan-2');
    expect(tags.slugFor('Казахстан')).toBe('kazakhstan');
    expect(known).toEqual({ 'казахстан': 'kazakhstan', kazakhstan: 'kazakhstan-2' });
  });
});
