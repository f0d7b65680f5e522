import type { Article } from '../source/article.ts';
import { scriptOf } from '../source/line-shape.ts';

/** What a warning shows the editor, written as a source in the article's language and script would hold it. */
interface Examples {
  attribution: string;
  tags: string;
}

const RUSSIAN: Examples = { attribution: '`сообщает Kazinform`', tags: '`#Казахстан #Сенат`' };
const KAZAKH: Readonly<Record<'Cyrillic' | 'Latin' | 'Arabic', Examples>> = {
  Cyrillic: { attribution: '`деп хабарлайды Kazinform тілшісі`', tags: '`#Қазақстан #Сенат`' },
  Latin: { attribution: '`dep habarlaıdy Kazinform tilshisi`', tags: '`#Qazaqstan #Senat`' },
  Arabic: { attribution: '`دەپ حابارلايدى Kazinform ءتىلشىسى`', tags: '`#قازاقستان #سەنات`' },
};

/** The examples for the article's language, and for Kazakh the script its title is in. */
export function examplesFor(article: Pick<Article, 'lang' | 'title'>): Examples {
  if (article.lang === 'ru') return RUSSIAN;
  return KAZAKH[scriptOf(article.title) ?? 'Cyrillic'];
}
