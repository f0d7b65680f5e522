import type { TemplateFilters } from '../src/render/template-data.ts';
import type { Writing } from '../src/core/language.ts';
import { html, type Html } from './html.ts';

/**
 * ` dir="…"` for an element in `lang` inside text in `around`, where their directions differ; with
 * no `around`, for the page itself, which runs left to right unless told otherwise.
 */
export function dirAttribute(filters: TemplateFilters, lang: Writing, around?: Writing): Html | false {
  const dir = filters.textDirection(lang);
  return dir !== (around ? filters.textDirection(around) : 'ltr') && html` dir="${dir}"`;
}
