/**
 * Escape-by-default markup for the layouts, and for the feed and sitemap templates (XML escapes
 * the same five characters). Every value put into an `html` template is escaped, except markup
 * from another `html` template or marked `raw`: HTML that habar's filters made (a rendered body, a
 * picture element, JSON-LD). A forgotten escape cannot happen and each raw insert is visible where
 * it is made, as with Nunjucks' autoescape and `| safe`.
 */
export class Html {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

/** What a template takes: text (escaped), markup, a list of either (joined), or nothing (`false`, `undefined`). */
export type Insert = string | number | Html | readonly Insert[] | false | null | undefined;

export function html(strings: TemplateStringsArray, ...inserts: Insert[]): Html {
  let markup = strings[0]!;
  for (let i = 0; i < inserts.length; i++) markup += markupOf(inserts[i]) + strings[i + 1]!;
  return new Html(markup);
}

/** Markup to insert as it is: only for HTML that habar itself made. */
export function raw(markup: string): Html {
  return new Html(markup);
}

export function escapeHtml(text: string): string {
  // Most text (URLs, dates, titles) has nothing to escape: a test is half the cost of a replace that finds nothing.
  return HAS_SPECIAL.test(text) ? text.replace(SPECIALS, entityOf) : text;
}

function markupOf(insert: Insert): string {
  // Text first: most inserts are.
  if (typeof insert === 'string') return escapeHtml(insert);
  if (insert instanceof Html) return insert.markup;
  if (insert === false || insert === null || insert === undefined) return '';
  if (Array.isArray(insert)) return insert.map(markupOf).join('');
  return escapeHtml(String(insert));
}

const HAS_SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function entityOf(char: string): string {
  return ENTITIES[char]!;
}
