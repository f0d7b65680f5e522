import { load } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw } from '../../layouts/html.ts';

describe('html', () => {
  it('escapes every inserted text, in content and in attributes', () => {
    const text = `<script>alert("x")</script> & 'y'`;
    expect(html`<p title="${text}">${text}</p>`.markup).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    );
  });

  it('inserts markup from html templates and raw as it is, without escaping it twice', () => {
    const item = html`<li>${'a & b'}</li>`;
    expect(html`<ul>${item}${raw('<li><b>c</b></li>')}</ul>`.markup).toBe('<ul><li>a &amp; b</li><li><b>c</b></li></ul>');
  });

  it('joins lists and leaves out false, null and undefined, but not 0 or an empty string', () => {
    const names = ['a', 'b<'];
    expect(html`${names.map((name) => html`[${name}]`)}${false}${null}${undefined}${0}${''}|`.markup).toBe('[a][b&lt;]0|');
  });

  it('gives back any text unchanged to an HTML parser, as text and as an attribute value', () => {
    fc.assert(
      // An HTML parser turns CR into LF and drops NUL; neither reaches a page from a source.
      fc.property(fc.string({ unit: 'grapheme' }).filter((text) => !/[\0\r]/.test(text)), (text) => {
        const $ = load(html`<p title="${text}">${text}</p>`.markup, null, false);
        expect($('p').attr('title')).toBe(text);
        expect($('p').text()).toBe(text);
      }),
    );
  });

  it('escapes the five characters that are special in HTML and nothing else', () => {
    expect(escapeHtml('«Сенат» — 100% #Қазақстан')).toBe('«Сенат» — 100% #Қазақстан');
  });
});
