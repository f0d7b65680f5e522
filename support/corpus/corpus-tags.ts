import { type Rng, Zipf } from './prng.ts';

/** Real hashtags, most popular first: with the Zipf law the head of this list dominates. */
const COMMON = `
Казахстан Астана Алматы экономика политика общество Сенат Мәжіліс Правительство Шымкент образование здравоохранение
спорт культура происшествия бизнес финансы инфляция тенге нефть энергетика транспорт строительство ЖКХ туризм
экология погода технологии цифровизация медицина наука дороги безопасность коррупция суд прокуратура МВД МЧС армия
дипломатия Президент Токаев Ақорда Қазақстан Караганда Актобе Павлодар Атырау Актау Костанай Тараз Туркестан
Кызылорда Семей Петропавловск Кокшетау Уральск Талдыкорган Жезказган Конаев Экибастуз Темиртау Байконур Рудный
Балхаш Сатпаев Жанаозен Кентау Степногорск Боровое Россия Китай США Узбекистан Кыргызстан Турция Германия Япония
Корея Израиль Франция Италия Индия Иран Азербайджан Грузия Монголия Таджикистан Туркменистан Беларусь Украина ОАЭ
Катар Евросоюз ЕАЭС ШОС ООН ОДКБ СНГ ВОЗ МВФ выборы референдум пенсии налоги бюджет инвестиции кредиты ипотека
банки недвижимость цены бензин газ электроэнергия тарифы вода отопление школы университеты ЕНТ стипендии вакцинация
COVID-19 грипп больницы футбол бокс хоккей Олимпиада теннис борьба шахматы кино театр музыка литература история
Наурыз праздники религия молодежь дети семья волонтеры миграция занятость зарплаты предпринимательство экспорт импорт
логистика КТЖ авиация аэропорт метро автобусы такси ДТП пожары паводки землетрясение засуха урожай зерно
животноводство рыболовство заповедники сайгаки ирбис ЭКСПО форум саммит визит переговоры меморандум закон поправки
реформа адвокатура полиция мошенничество кибербезопасность интернет связь 5G стартапы IT космос спутник нефтегаз уран
металлургия уголь Тенгиз Кашаган Самрук-Казына Атамекен Нацбанк биржа МФЦА Байтерек білім денсаулық мәдениет тіл
Ана_тілі жастар ауыл_шаруашылығы ғылым өнер әдебиет тарих мерейтой Абай Тәуелсіздік қаржы құрылыс көлік оқиға
ауа_райы балалар отбасы жұмыспен_қамту зейнетақы салық әскер еріктілер кітапхана мектеп ұстаз дәрігер спортшы
жарыс қаһарман тұрғын_үй жол жылу мұнай астық мал егін`;

const PREFIXES = ['агро', 'эко', 'энерго', 'медиа', 'авто', 'био', 'гео', 'нефте', 'евро', 'техно', 'кибер', 'цифро'];
const SUFFIXES = ['туризм', 'проект', 'сервис', 'форум', 'рынок', 'кластер', 'парк', 'хаб', 'стартап', 'патруль'];

/**
 * A tag's identity for uniqueness: case-folded, Kazakh letters mapped to their nearest Russian
 * ones, so that no two pool tags could collapse into one slug (`Мәжіліс` and `Мажилис`).
 */
function identity(tag: string): string {
  const kazakh: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };
  return tag.toLowerCase().replace(/[әғқңөұүһі]/g, (c) => kazakh[c] ?? c);
}

/** The pool: the common tags, then stem combinations (`агротуризм`) up to `size`. */
export function tagPool(size = 300): string[] {
  const pool: string[] = [];
  const seen = new Set<string>();
  const add = (tag: string): void => {
    if (pool.length >= size || seen.has(identity(tag))) return;
    seen.add(identity(tag));
    pool.push(tag);
  };
  COMMON.split(/\s+/).filter(Boolean).forEach(add);
  // Interleaved rather than prefix by prefix, so the rare tail mixes stems.
  for (const suffix of SUFFIXES) for (const prefix of PREFIXES) add(prefix + suffix);
  return pool;
}

/** Draws distinct hashtags from the pool with a Zipf-like popularity. */
export class TagSampler {
  private readonly pool: readonly string[];
  private readonly zipf: Zipf;

  constructor(pool: readonly string[]) {
    this.pool = pool;
    this.zipf = new Zipf(pool.length, 1);
  }

  sample(r: Rng, n: number): string[] {
    const picked = new Set<string>();
    while (picked.size < n) picked.add(this.pool[this.zipf.sample(r)]!);
    return [...picked];
  }
}
