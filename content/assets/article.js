// An article page's two extras that need a script; the page reads the same without them.
// The latest news beside the text (layouts/article.11ty.ts): filled from a file every build
// rewrites, so that a new article does not change every article page; only on wide screens, where
// the stylesheet gives it a column (64rem, as in site.css).
(() => {
  const aside = document.querySelector('aside.latest');
  const wide = window.matchMedia('(min-width: 64rem)');
  let filled = false;
  const fill = async () => {
    if (!aside || filled || !wide.matches) return;
    filled = true;
    const response = await fetch(aside.dataset.src);
    if (!response.ok) return;
    const items = (await response.json()).filter((item) => item.url !== location.pathname).slice(0, 6);
    const list = aside.querySelector('ol');
    const pageDirection = getComputedStyle(list).direction;
    for (const item of items) {
      const entry = document.createElement('li');
      entry.lang = item.lang;
      // The file marks right-to-left titles only; on a right-to-left page the others are marked too.
      const dir = item.dir ?? 'ltr';
      if (dir !== pageDirection) entry.dir = dir;
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.title;
      const time = document.createElement('time');
      time.dateTime = item.datetime;
      time.textContent = item.when;
      entry.append(link, ' ', time);
      list.append(entry);
    }
    if (items.length > 0) aside.hidden = false;
  };
  fill().catch(() => {});
  wide.addEventListener('change', () => fill().catch(() => {}));
})();

// «Скопировать ссылку»: shown only where the clipboard can be written.
(() => {
  const item = document.querySelector('.share .copy');
  if (!item || !navigator.clipboard) return;
  const button = item.querySelector('button');
  const status = item.querySelector('[role=status]');
  item.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.url);
      status.textContent = button.dataset.copied;
    } catch {
      status.textContent = '';
    }
  });
})();
