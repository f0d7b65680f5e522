// The search page (content/search.11ty.ts): its form, count and results, filled with Pagefind's
// search API. The archive is indexed in bundles (a year each, newest first, see
// src/index/search-shards.ts), each with an index per language. The newest bundle's index in the
// page's language is the main one; every other index is merged in, so a search covers every year
// and Kazakh articles are found from the Russian page.
// A query is also searched among the Kazakh articles folded (kazakh-search.js): «Казакстан» and
// «Qazaqstan» find «Қазақстан», «кітапханалар» finds «кітапхана».

const PAGE_SIZE = 10;
const WORD_JOINER = '\u2060';
// A word of one or two Cyrillic or Arabic letters, as src/search/function-words.ts finds them in the text it indexes.
const SHORT_WORD = /(?<![\p{L}\p{M}])[\p{sc=Cyrillic}\p{sc=Arabic}\p{M}]{1,2}(?![\p{L}\p{M}])/gu;
// Loaded at once, beside Pagefind, from this script's folder (`document.currentScript` is set only while it first runs).
const kazakhSearch = import(new URL('kazakh-search.js', document.currentScript.src).href);

(async () => {
  const form = document.querySelector('.search-form');
  if (!form) return;
  // The page's own words (src/core/words/): the count's noun by Intl.PluralRules' category, the messages.
  const words = JSON.parse(form.dataset.words);
  const lang = document.documentElement.lang;
  const plural = new Intl.PluralRules(lang);
  const input = form.elements.namedItem('q');
  const selects = { year: form.elements.namedItem('year'), tag: form.elements.namedItem('tag') };
  const status = document.querySelector('.search-status');
  const list = document.querySelector('.search-results');
  const more = document.querySelector('.search-more');
  more.textContent = words.more;

  const functionWords = new Set(form.dataset.functionWords.split(' '));
  const isFunctionWord = (word) => /^\p{L}$/u.test(word) || functionWords.has(word.toLowerCase());

  // The index holds one-letter and function words with a word joiner after them, so that a query's
  // word never falls back to them (Pagefind issue #599). Out of quotes a query is its words without
  // these; inside a quoted phrase they are written as indexed, so that the phrase is found as written.
  const pagefindQuery = (query) =>
    query
      .split(/("[^"]*")/)
      .map((part, i) => (i % 2 === 1
        ? part.replace(SHORT_WORD, (word) => (isFunctionWord(word) ? word + WORD_JOINER : word))
        : (part.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).filter((word) => !isFunctionWord(word)).join(' ')))
      .join(' ')
      .trim();

  // The same words folded and without their endings, as the Kazakh articles' records hold them; a
  // quoted phrase is searched only as written.
  const foldedQuery = async (query) => {
    if (query.includes('"')) return '';
    const { WORD, queryForm } = await kazakhSearch;
    return (query.match(WORD) ?? []).filter((word) => !isFunctionWord(word)).map(queryForm).join(' ');
  };

  // Listening starts at once: what a reader types while Pagefind loads is searched once it has loaded.
  const params = new URLSearchParams(location.search);
  input.value ||= params.get('q') ?? '';
  let hasKazakh = false;
  const ready = loadPagefind(form.dataset).then(async (pagefind) => {
    if (!pagefind) return undefined;
    const available = await pagefind.filters();
    hasKazakh = Boolean(available.lang?.kk);
    fillSelect(selects.year, Object.keys(available.year ?? {}).sort().reverse(), params.get('year'));
    fillSelect(selects.tag, Object.keys(available.tag ?? {}).sort(new Intl.Collator(lang).compare), params.get('tag'));
    return pagefind;
  });

  let results = [];
  // The words of the folded search, when it found any article, to mark in the quotes of articles it alone found.
  let foldedTerms = [];
  let shown = 0;
  let searches = 0;

  async function search() {
    const pagefind = await ready;
    const query = input.value.trim();
    // A site without articles has no index.
    if (!pagefind) {
      status.textContent = query ? words.none : '';
      return;
    }
    const filters = Object.fromEntries(Object.entries(selects).filter(([, select]) => select.value).map(([name, select]) => [name, select.value]));
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query && { q: query }), ...filters }).toString();
    history.replaceState(null, '', url);
    const searchNumber = ++searches;
    const term = pagefindQuery(query);
    const folded = term && hasKazakh ? await foldedQuery(query) : '';
    const found = term ? (await pagefind.search(term, { filters })).results : [];
    const foundFolded = folded ? (await pagefind.search(folded, { filters: { ...filters, lang: 'kk' } })).results : [];
    if (searchNumber !== searches) return;
    results = merged(found, foundFolded);
    foldedTerms = foundFolded.length > 0 ? folded.split(' ') : [];
    shown = 0;
    list.replaceChildren();
    if (!query) status.textContent = '';
    else if (!term) status.textContent = words.onlyFunctionWords;
    else if (results.length === 0) status.textContent = words.none;
    else status.textContent = `${results.length} ${words.results[plural.select(results.length)] ?? words.results.other}`;
    await showMore(searchNumber);
  }

  /** The next results, as links with their date and the quote where the words were found. */
  async function showMore(searchNumber) {
    const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    const kazakh = foldedTerms.length > 0 ? await kazakhSearch : undefined;
    if (searchNumber !== searches) return;
    shown += next.length;
    // Pagefind quotes the start of an article found by its folded words only, with nothing marked.
    const excerptOf = (data) => (kazakh && data.locations.length === 0 && foldedExcerpt(data.content, foldedTerms, kazakh)) || data.excerpt;
    list.append(...next.map((data) => resultItem(data, excerptOf(data))));
    more.hidden = shown >= results.length;
    return next.length;
  }

  let typing;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(search, 250);
  });
  for (const select of Object.values(selects)) select.addEventListener('change', search);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    search();
  });
  more.addEventListener('click', async () => {
    const first = list.children.length;
    if (await showMore(searches)) list.children[first]?.querySelector('a')?.focus();
  });
  // Opened as /search/?q=...; what a reader types while Pagefind loads is searched by the listener.
  if (input.value.trim()) await search();
})();

/** Pagefind's search API from the newest bundle, with every other bundle's indexes merged in; none when the site has no articles. */
async function loadPagefind({ bundles, baseUrl }) {
  const pageLang = document.documentElement.lang;
  const languagesOf = async (bundlePath) => {
    const entry = await fetch(`${bundlePath}pagefind-entry.json`).then((response) => response.json());
    return Object.keys(entry.languages).map((language) => ({ bundlePath, language }));
  };
  const indexes = (await Promise.all(bundles.split(' ').filter(Boolean).map(languagesOf))).flat();
  if (indexes.length === 0) return undefined;
  const main = indexes.find(({ language }) => language === pageLang) ?? indexes[0];
  const pagefind = await import(new URL(`${main.bundlePath}pagefind.js`, location.href).href);
  await pagefind.options({ baseUrl });
  // Pagefind skips a merged index whose path starts like the main one's; absolute URLs of the same bundle pass.
  for (const { bundlePath, language } of indexes.filter((index) => index !== main)) {
    await pagefind.mergeIndex(new URL(bundlePath, location.href).href, { baseUrl, language });
  }
  return pagefind;
}

/** The results of both searches, each article once, by score when the folded search added any. */
function merged(found, foundFolded) {
  const ids = new Set(found.map((result) => result.id));
  const added = foundFolded.filter((result) => !ids.has(result.id));
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => b.score - a.score);
}

function fillSelect(select, values, chosen) {
  select.append(...values.map((value) => new Option(value, value, false, value === chosen)));
}

/** What the index holds, as readers read it: without the word joiners before function words. */
function readable(text) {
  return text.replaceAll(WORD_JOINER, '');
}

function resultItem(data, excerptText) {
  const item = document.createElement('li');
  item.className = 'search-result';
  const [language] = data.filters.lang ?? [];
  if (language && language !== document.documentElement.lang) item.lang = language;
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = readable(data.meta.title ?? data.url);
  heading.append(link);
  const date = document.createElement('p');
  date.className = 'search-result-date';
  date.textContent = data.meta.date ?? '';
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  excerpt.append(...excerptNodes(excerptText));
  item.append(heading, date, excerpt);
  return item;
}

const EXCERPT_WORDS = 30;

/**
 * A quote of `content` as Pagefind makes them (some 30 words, `<` and `>` escaped, the found words
 * in `<mark>`), around the first word that the folded `terms` find; empty when none does.
 */
function foldedExcerpt(content, terms, { WORD, foldWord, stem }) {
  const words = [...content.matchAll(WORD)];
  const isFound = (word) => {
    const folded = foldWord(word);
    return terms.some((term) => folded.startsWith(term) || stem(folded).startsWith(term));
  };
  const first = words.findIndex(([word]) => isFound(word));
  if (first < 0) return '';
  const start = Math.max(0, Math.min(first - EXCERPT_WORDS / 3, words.length - EXCERPT_WORDS));
  const quoted = words.slice(start, start + EXCERPT_WORDS);
  const escape = (text) => text.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  let excerpt = '';
  let end = quoted[0].index;
  for (const { 0: word, index } of quoted) {
    excerpt += escape(content.slice(end, index)) + (isFound(word) ? `<mark>${escape(word)}</mark>` : escape(word));
    end = index + word.length;
  }
  return excerpt;
}

/** Pagefind's excerpt (text with `<` and `>` escaped, the found words in `<mark>`) as nodes, no other markup let in. */
function excerptNodes(excerpt) {
  return readable(excerpt)
    .split(/<mark>|<\/mark>/)
    .map((part, i) => {
      const text = part.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
      if (i % 2 === 0) return document.createTextNode(text);
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    });
}
