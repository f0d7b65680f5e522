import { describe, expect, it } from 'vitest';
import { cachedRenderer, createMarkdown } from '../../../src/index/body/markdown.ts';

describe('cachedRenderer', () => {
  it('renders a body once per language: the same text is typeset as Russian or as Kazakh', () => {
    const markdown = createMarkdown();
    let renders = 0;
    const render = cachedRenderer({ ...markdown, render: (body: string, env: Parameters<typeof markdown.render>[1]) => (renders++, markdown.render(body, env)) } as typeof markdown);
    const body = 'Сенат и "Мажилис" - вместе.';
    const russian = render(body, 'ru');
    expect(render(body, 'ru')).toBe(russian);
    expect(renders).toBe(1);
    expect(render(body, 'kk')).toBe(markdown.render(body, { lang: 'kk' }));
    expect(render(body, 'ru')).toBe(russian);
    expect(renders).toBe(3);
  });

  it('keeps the most recently used bodies up to its capacity', () => {
    const markdown = createMarkdown();
    const render = cachedRenderer(markdown, { capacity: 2 });
    for (const body of ['один', 'два', 'один', 'три', 'два']) expect(render(body, 'ru')).toBe(markdown.render(body, { lang: 'ru' }));
  });
});
