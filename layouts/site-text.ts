import type { Edition, EditionText, SiteSettings } from '../src/core/settings/settings.ts';
import type { SectionRef } from '../src/index/sections.ts';

type Of = { site: SiteSettings; edition: Edition };
type Lang = SiteSettings['lang'];

/**
 * A text the site owner wrote (the site's name, description, footer details), as the page's
 * edition gives it in its language (site.json's `editions`), else the site's; with the language
 * it is written in, for a page in another to mark.
 */
export function siteText(data: Of, field: EditionText): { text: string | undefined; lang: Lang } {
  const own = data.edition[field];
  return own !== undefined ? { text: own, lang: data.edition.lang } : { text: data.site[field], lang: data.site.lang };
}

/** The language a section's name is written in on the page's edition: its own, where the edition names the section. */
export function sectionLang(data: Of, section: Pick<SectionRef, 'slug'>): Lang {
  return data.edition.sectionNames?.[section.slug] !== undefined ? data.edition.lang : data.site.lang;
}
