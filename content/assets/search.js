// Starts Pagefind's search box on the search page. The page's <html lang> picks the main index;
// the other languages' indexes are merged in, so Kazakh articles are found from the Russian page.
(async () => {
  const container = document.getElementById('search');
  if (!container || typeof PagefindUI === 'undefined') return;
  const { bundlePath, baseUrl } = container.dataset;
  const pageLang = document.documentElement.lang;
  const entry = await fetch(`${bundlePath}pagefind-entry.json`).then((response) => response.json());
  const otherLanguages = Object.keys(entry.languages).filter((language) => language !== pageLang);
  // Pagefind skips a merged index whose path starts like the primary one; the absolute URL of the same bundle passes.
  const mergePath = new URL(bundlePath, location.href).href;
  const ui = new PagefindUI({
    element: container,
    bundlePath,
    baseUrl,
    showImages: false,
    resetStyles: false,
    mergeIndex: otherLanguages.map((language) => ({ bundlePath: mergePath, baseUrl, language })),
  });
  // Pagefind's input has no label of its own; tie it to the page's visible one.
  const input = container.querySelector('input');
  if (input) input.id = container.dataset.inputId;
  // A link or form may open the page as /search/?q=...
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
