import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printable } from '../printable.ts';
import type { Language } from '../source/article.ts';
import { SiteFileError } from './errors.ts';

/** Site settings, edited in content/_data/site.json; templates read the same file as `site`. */
export interface SiteSettings {
  name: string;
  description: string;
  /** Absolute base URL without the path prefix, e.g. `https://habar.example.kz`. */
  url: string;
  lang: Language;
  publisher: string;
  /** Sub-path the site is served under, e.g. `/news/`; `/` at a domain root. */
  pathPrefix: string;
  /** Articles per page on the home page and on each tag page. */
  perPage: number;
}

export const SETTINGS_FILE = 'content/_data/site.json';

export const defaultSettings: SiteSettings = {
  name: 'Habar',
  description: '',
  url: 'http://localhost:8080',
  lang: 'ru',
  publisher: 'Habar',
  pathPrefix: '/',
  perPage: 20,
};

/**
 * Reads site.json. `HABAR_URL` and `HABAR_PATH_PREFIX` override `url` and `pathPrefix`, so a CI job
 * (GitHub Pages under `/<repository>/`) can build the same content for another address.
 */
export function loadSettings(root: string, env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const text = readFileSync(join(root, SETTINGS_FILE), 'utf8');
  const settings: SiteSettings = { ...defaultSettings, ...(JSON.parse(text) as Partial<SiteSettings>) };
  if (env.HABAR_URL) settings.url = env.HABAR_URL;
  if (env.HABAR_PATH_PREFIX) settings.pathPrefix = env.HABAR_PATH_PREFIX;
  settings.url = settings.url.replace(/\/+$/, '');
  settings.pathPrefix = checkPathPrefix(settings.pathPrefix, env.HABAR_PATH_PREFIX ? 'HABAR_PATH_PREFIX' : SETTINGS_FILE);
  return settings;
}

// Folders of a URL path, written as they are: the prefix goes verbatim into every link and into
// _headers, where a newline would add a header line and a space would end the path.
const PREFIX_SEGMENT = /^[A-Za-z0-9_~.-]+$/;

/** `pathPrefix` as `/` or `/news/` (slashes added), or a SiteFileError naming `origin` and the fix. */
function checkPathPrefix(value: unknown, origin: string): string {
  const segments = typeof value === 'string' ? value.split('/').filter(Boolean) : [];
  if (typeof value !== 'string' || !segments.every((s) => PREFIX_SEGMENT.test(s) && s !== '.' && s !== '..')) {
    const found = printable(typeof value === 'string' ? `"${value}"` : String(JSON.stringify(value)));
    throw new SiteFileError(origin, `pathPrefix must be / or a path such as /news/ made of Latin letters, digits, -, _, . and ~ (no .. folder, space or other character), found ${found}`);
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
