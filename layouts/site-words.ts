/** The site's own words on list pages and in the header, in the site's language. */
export const SITE_WORDS = {
  ru: {
    news: 'Новости',
    latest: 'Последние новости',
    tags: 'Теги',
    archive: 'Архив',
    search: 'Поиск',
    sections: 'Разделы',
    newer: '← Новее',
    older: 'Старше →',
    pages: 'Страницы',
    page: 'Страница',
    empty: 'Материалов пока нет.',
  },
  kk: {
    news: 'Жаңалықтар',
    latest: 'Соңғы жаңалықтар',
    tags: 'Тегтер',
    archive: 'Мұрағат',
    search: 'Іздеу',
    sections: 'Бөлімдер',
    newer: '← Жаңалары',
    older: 'Бұрынғылары →',
    pages: 'Беттер',
    page: 'Бет',
    empty: 'Әзірге материал жоқ.',
  },
} as const;
