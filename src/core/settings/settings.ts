import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, SETTINGS_FILE } from '../paths.ts';
import type { Language } from '../language.ts';
import { almatyToday, todayOverride } from '../time/today.ts';
import { UserError } from '../user-error.ts';
import { SettingsError } from '../errors.ts';
import { parseJson } from './json-text.ts';
import { fileReasons, OVERRIDABLE, problem, SITE_FILE, type Edition, type EditionText } from './settings-rules.ts';

export type { Edition, EditionText };

/** Site settings, edited in content/_data/site.json; templates read them as `site`. */
export interface SiteSettings {
  name: string;
  description: string;
  /** Absolute base URL without the path prefix, e.g. `https://habar.example.kz`. */
  url: string;
  lang: Exclude<Language, 'kk-Arab'>;
  publisher: string;
  /** Sub-path the site is served under, e.g. `/news/`; `/` at a domain root. */
  pathPrefix: string;
  /** Articles per page on the home page and on each tag page. */
  perPage: number;
  /** Editorial details for the footer, each shown only when set and not empty. */
  editorInChief?: string;
  address?: string;
  phone?: string;
  email?: string;
  /** Media registration details (certificate number, date, issuing body). */
  registration?: string;
  /** Site-relative path of the image social networks show for a page without a photo, e.g. `/assets/social.png`. */
  socialImage?: string;
  /** The site's sections (rubrics), in the order the navigation shows them; none by default. */
  sections: SectionSetting[];
  /** Spellings of one tag to show as one (`[["Қазақстан", "Qazaqstan"]]`), each group's first as its name; without `#`. */
  tagSpellings: string[][];
  /** The site's editions, one at `/`; by default one, in the site's language. */
  editions: Edition[];
}

/** A section: its name, the slug of its page (`/politika/`) and the names of its tags, without `#`. */
export interface SectionSetting {
  name: string;
  slug: string;
  tags: string[];
}

/**
 * Everything a build is made with besides the site's files, read and checked once when a command
 * starts and handed down to ingest, the index, Eleventy and the processes that render: no stage
 * reads the environment or the clock on its own, so a build that crosses midnight in Almaty is of
 * one day throughout.
 */
export interface BuildSettings {
  site: SiteSettings;
  /** `YYYY-MM-DD` in Almaty: later articles are scheduled; corrections are dated with it. */
  today: string;
  /** Whether HABAR_TODAY set `today`; otherwise each build of a long-running preview takes its own day. */
  todayFixed: boolean;
  /** The preview and `build --drafts` show drafts and scheduled articles too. */
  includeUnpublished: boolean;
  /** No site.json: every setting has its default. */
  siteFileMissing: boolean;
}

export { SETTINGS_FILE };

/** The variables that override a setting of the file for one build (a CI job building for another address). */
const OVERRIDES = { HABAR_URL: 'url', HABAR_PATH_PREFIX: 'pathPrefix' } as const;

/**
 * Reads site.json and the environment (`HABAR_URL`, `HABAR_PATH_PREFIX`, `HABAR_TODAY`) into the
 * settings of one build. Every bad value is a line of the SettingsError thrown; a missing site.json
 * is every default, as a missing data file is no data to Eleventy (unless content/ is missing too:
 * habar was run outside a site).
 */
export function loadSettings(root: string, env: NodeJS.ProcessEnv, { includeUnpublished = false } = {}): BuildSettings {
  const problems: string[] = [];
  const text = readSettingsFile(root);
  let site: SiteSettings | undefined;
  if (text !== undefined) {
    // An empty file is no data to Eleventy, like a missing one.
    const parsed = parseJson(text || '{}');
    if ('mistake' in parsed) {
      const { line, column, reason } = parsed.mistake;
      throw new SettingsError([`${SETTINGS_FILE}:${line}:${column}: not valid JSON: ${reason}`]);
    }
    const checked = SITE_FILE.safeParse(parsed.value);
    if (checked.success) {
      site = checked.data;
      if (site.socialImage && !isFile(join(root, CONTENT_DIR, site.socialImage))) {
        problems.push(`${SETTINGS_FILE}: socialImage ${JSON.stringify(site.socialImage)} is not a file in ${CONTENT_DIR}/; put the image at ${CONTENT_DIR}${site.socialImage} or correct the path`);
      }
    } else problems.push(...fileReasons(checked.error.issues, parsed.value).map((reason) => `${SETTINGS_FILE}: ${reason}`));
  } else if (existsSync(join(root, CONTENT_DIR))) {
    site = SITE_FILE.parse({});
  } else {
    throw new SettingsError([`habar: ${CONTENT_DIR}/ is not here; run habar in the site's folder, the one that holds ${CONTENT_DIR}/`]);
  }
  for (const [variable, setting] of Object.entries(OVERRIDES)) {
    const value = env[variable];
    if (!value) continue;
    const checked = OVERRIDABLE[setting].safeParse(value);
    if (!checked.success) problems.push(`habar: ${variable} ${problem(setting, checked.error.issues[0]!, value)}`);
    else if (site) site[setting] = checked.data;
  }
  let override: string | undefined;
  try {
    override = todayOverride(env);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    problems.push(`habar: ${error.message}`);
  }
  if (problems.length > 0 || !site) throw new SettingsError(problems);
  return { site: frozen(site), today: override ?? almatyToday(), todayFixed: override !== undefined, includeUnpublished, siteFileMissing: text === undefined };
}

/**
 * `value` and everything in it made read-only. The site's settings are global data of every page,
 * and Eleventy hands a paginated page's layouts a frozen object as it is, where it wraps any other
 * in a new proxy at each read (`site`, `edition`: some 20 proxies a page).
 */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The settings for the next build of a long-running command (the preview's updates): the same,
 * on the day it runs, unless HABAR_TODAY fixed the day.
 */
export function forNextBuild(settings: BuildSettings): BuildSettings {
  return settings.todayFixed ? settings : { ...settings, today: almatyToday() };
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** site.json's text, or undefined when there is none. */
function readSettingsFile(root: string): string | undefined {
  try {
    return readFileSync(join(root, SETTINGS_FILE), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new SettingsError([`${SETTINGS_FILE}: it cannot be read (${code ?? String(error)}); check that it is a file habar may read`]);
  }
}
