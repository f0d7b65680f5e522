// Starts Pagefind's search box on the search page. The archive is indexed in bundles (a year each,
// newest first, see src/index/search-shards.ts), each with an index per language. The newest
// bundle's index in the page's language is the main one; every other index is merged in, so a
// search covers every year and Kazakh articles are found from the Russian page.
(async () => {
  const container = document.getElementById('search');
  if (!container || typeof PagefindUI === 'undefined') return;
  const { bundles, baseUrl } = container.dataset;
  const pageLang = document.documentElement.lang;
  const languagesOf = async (bundlePath) => {
    const entry = await fetch(`${bundlePath}pagefind-entry.json`).then((response) => response.json());
    return Object.keys(entry.languages).map((language) => ({ bundlePath, language }));
  };
  const indexes = (await Promise.all(bundles.split(' ').filter(Boolean).map(languagesOf))).flat();
  if (indexes.length === 0) return;
  const main = indexes.find(({ language }) => language === pageLang) ?? indexes[0];
  const ui = new PagefindUI({
    element: container,
    bundlePath: main.bundlePath,
    baseUrl,
    showImages: false,
    resetStyles: false,
    // Pagefind skips a merged index whose path starts like the main one's; absolute URLs of the same bundle pass.
    mergeIndex: indexes
      .filter((index) => index !== main)
      .map(({ bundlePath, language }) => ({ bundlePath: new URL(bundlePath, location.href).href, baseUrl, language })),
  });
  // Pagefind's input has no label of its own; tie it to the page's visible one.
  const input = container.querySelector('input');
  if (input) input.id = container.dataset.inputId;
  // A link or form may open the page as /search/?q=...
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
