import didYouMean from 'didyoumean2';
import { z } from 'zod';
import { clip, printable } from '../printable.ts';

/**
 * What each setting must be, said as the end of `perPage must be …`; the line that reports a bad
 * value adds where it is set and what was found. A check with more than one way to fail says which.
 */
const RULES = {
  name: 'must be text, not empty',
  description: 'must be text',
  url: 'must be the address of the site, http:// or https:// and a host name, such as https://habar.example.kz',
  lang: 'must be "ru" or "kk"',
  publisher: 'must be text, not empty',
  pathPrefix: 'must be / or a path such as /news/ made of Latin letters, digits, -, _, . and ~ (no .. folder, space or other character)',
  perPage: 'must be a whole number from 1 to 500',
  editorInChief: 'must be text: the name the footer shows as editor-in-chief',
  address: 'must be text: the newsroom\'s postal address, such as "ул. Абая, 10, Алматы"',
  phone: 'must be a phone number made of digits, spaces, +, -, ( and ), such as "+7 727 123 45 67"',
  email: 'must be an e-mail address, such as "editor@habar.example.kz"',
  registration: 'must be text: the media registration details, such as "Свидетельство о постановке на учёт № 12345-СИ"',
  socialImage: 'must be the path of a JPEG or PNG file in content/assets/, such as /assets/social.png',
  sections:
    'must be a list of sections such as [{"name": "Политика", "slug": "politika", "tags": ["Сенат", "Мажилис"]}]: a name, a slug of small Latin letters, digits and - starting with a letter, and the names of the tags that belong to the section',
  tagSpellings:
    'must be a list of tags each written more than one way, such as [["Қазақстан", "Qazaqstan"]]: each a list of two or more spellings of one tag, with or without #, the one its page shows first',
  editions:
    'must be a list of editions such as [{"lang": "ru", "path": "/"}, {"lang": "kk", "path": "/kk/"}]: a language, "ru" or "kk", and the path of its pages, / for one edition and a folder of small Latin letters, digits and - such as /kk/ for each other; an edition may also give, as text in its language, name, description, publisher, editorInChief, address, registration and sectionNames such as {"politika": "Саясат"}',
} as const;

export type SettingName = keyof typeof RULES;

const SETTING_NAMES = Object.keys(RULES) as SettingName[];

const LANGUAGES = ['ru', 'kk'] as const;

const URL_WITH_PATH = 'must be the address of the site without a path or query';

// Folders of a URL path, written as they are: the prefix goes verbatim into every link and into
// _headers, where a newline would add a header line and a space would end the path.
const PREFIX_SEGMENT = /^[A-Za-z0-9_~.-]+$/;

/** `pathPrefix` as `/` or `/news/` (slashes added). */
const pathPrefix = z.string().transform((value, context) => {
  const segments = value.split('/').filter(Boolean);
  if (segments.every((segment) => PREFIX_SEGMENT.test(segment) && segment !== '.' && segment !== '..')) {
    return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
  }
  context.addIssue({ code: 'custom', message: RULES.pathPrefix });
  return z.NEVER;
});

/**
 * The site's address as its origin, `https://habar.example.kz`. A path is refused rather than
 * taken: the prefix goes into every link, `_headers` and the preview's address, so it has one
 * place, `pathPrefix`, which HABAR_PATH_PREFIX can override on its own.
 */
const url = z.string().transform((value, context) => {
  const parsed = /^https?:\/\/\S+$/i.test(value) ? parseUrl(value) : undefined;
  if (!parsed || parsed.username || parsed.password || parsed.host === '') {
    context.addIssue({ code: 'custom', message: RULES.url });
  } else if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    context.addIssue({ code: 'custom', message: URL_WITH_PATH });
  } else {
    return parsed.origin;
  }
  return z.NEVER;
});

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

const name = z.string().trim().min(1);

// Editorial details are optional: one left out or empty is not shown.
const detail = z.string().trim();
const phone = z.string().trim().regex(/^(\+?[\d\s()-]*\d[\d\s()-]*)?$/);
const email = z.union([z.literal(''), z.email()]);
/** A file copied with content/assets/ (.eleventy.ts); that it exists is checked when the settings are loaded. */
const socialImage = z.string().regex(/^\/assets\/(?:[\w~-][\w.~-]*\/)*[\w~-][\w.~-]*\.(?:jpe?g|png)$/i);
// Section pages live at the site's root (`/politika/`), beside the folders habar writes itself.
const RESERVED_SLUGS = ['tags', 'archive', 'search', 'page', 'img', 'assets', 'pagefind'];

/** `sections`: each a name, a slug free for its page and at least one tag (written with or without `#`). */
const sections = z
  .array(
    z.strictObject({
      name,
      slug: z.string().regex(/^[a-z][a-z0-9-]*$/),
      tags: z.array(z.string().trim().transform((tag) => tag.replace(/^#/, '')).pipe(z.string().min(1))).min(1),
    }),
  )
  .superRefine((list, context) => {
    const seen = new Set<string>();
    for (const { slug } of list) {
      if (RESERVED_SLUGS.includes(slug)) context.addIssue({ code: 'custom', message: `must not use the slug "${slug}", which habar's own pages take (${RESERVED_SLUGS.join(', ')})` });
      else if (seen.has(slug)) context.addIssue({ code: 'custom', message: `must give each section a slug of its own; "${slug}" is used twice` });
      seen.add(slug);
    }
  });

/**
 * `editions`: a language and a path each, one edition at `/`, no language or path twice. An edition's
 * folder sits at the site's root beside the sections, so it may not take a slug habar or a section uses.
 */
const editions = z
  .array(
    z.strictObject({
      lang: z.enum(LANGUAGES),
      path: z.string().regex(/^\/(?:[a-z][a-z0-9-]*\/)?$/),
      // What the site owner wrote (the site's name, description, footer, section names), in this edition's language.
      name: name.optional(),
      description: z.string().optional(),
      publisher: name.optional(),
      editorInChief: detail.optional(),
      address: detail.optional(),
      registration: detail.optional(),
      sectionNames: z.record(z.string(), name).optional(),
    }),
  )
  .min(1)
  .superRefine((list, context) => {
    const langs = new Set<string>();
    const paths = new Set<string>();
    for (const { lang, path } of list) {
      const folder = path.slice(1, -1);
      if (langs.has(lang)) context.addIssue({ code: 'custom', message: `must give each language one edition; "${lang}" has two` });
      else if (paths.has(path)) context.addIssue({ code: 'custom', message: `must give each edition a path of its own; "${path}" is used twice` });
      else if (RESERVED_SLUGS.includes(folder)) context.addIssue({ code: 'custom', message: `must not use the path "${path}", which habar's own pages take (${RESERVED_SLUGS.join(', ')})` });
      langs.add(lang);
      paths.add(path);
    }
    if (!paths.has('/')) context.addIssue({ code: 'custom', message: 'must put one edition at "/", the site\'s home page' });
  });

/** `tagSpellings`: groups of spellings (written with or without `#`), no spelling in two groups; compared as tags are, case folded. */
const tagSpellings = z
  .array(z.array(z.string().trim().transform((tag) => tag.replace(/^#/, '')).pipe(z.string().min(1))).min(2))
  .superRefine((groups, context) => {
    const seen = new Set<string>();
    for (const spelling of groups.flat()) {
      const key = spelling.normalize('NFC').toLowerCase();
      if (seen.has(key)) context.addIssue({ code: 'custom', message: `must list each spelling once; "${spelling}" is there twice` });
      seen.add(key);
    }
  });

/**
 * An edition of the site: the articles in its language, with their lists, feeds and search under
 * `path` (`/`, `/kk/`), and what the site owner wrote in that language; a text it does not give is
 * the site's (layouts/site-text.ts).
 */
export interface Edition extends Partial<Record<EditionText, string>> {
  lang: (typeof LANGUAGES)[number];
  path: string;
  /** Section names in the edition's language, by slug. */
  sectionNames?: Record<string, string>;
}

/** The texts of the settings an edition may give in its own language. */
export type EditionText = 'name' | 'description' | 'publisher' | 'editorInChief' | 'address' | 'registration';

/** site.json's settings as the templates and habar take them; a missing one takes its default. */
export const SITE_FILE = z.strictObject({
  name: name.default('Habar'),
  description: z.string().default(''),
  url: url.default('http://localhost:8080'),
  lang: z.enum(LANGUAGES).default('ru'),
  publisher: name.default('Habar'),
  pathPrefix: pathPrefix.default('/'),
  perPage: z.number().int().min(1).max(500).default(20),
  editorInChief: detail.optional(),
  address: detail.optional(),
  phone: phone.optional(),
  email: email.optional(),
  registration: detail.optional(),
  socialImage: socialImage.optional(),
  sections: sections.default([]),
  tagSpellings: tagSpellings.default([]),
  editions: editions.optional(),
} satisfies Record<SettingName, z.ZodType>)
  .superRefine((site, context) => {
    if (!site.editions) return;
    const root = site.editions.find((edition) => edition.path === '/');
    const at = site.editions.findIndex((edition) => edition.path !== '/' && site.sections.some((section) => `/${section.slug}/` === edition.path));
    const slugs = site.sections.map((section) => section.slug);
    const named = site.editions.findIndex((edition) => Object.keys(edition.sectionNames ?? {}).some((slug) => !slugs.includes(slug)));
    if (root && root.lang !== site.lang) {
      context.addIssue({ code: 'custom', path: ['editions'], message: `must put the edition in the site's lang ("${site.lang}") at "/"; change lang or the edition at "/"` });
    } else if (at >= 0) {
      context.addIssue({ code: 'custom', path: ['editions', at], message: `must not use the path "${site.editions[at]!.path}", which a section's page takes; give the section or the edition another` });
    } else if (named >= 0) {
      const unknown = Object.keys(site.editions[named]!.sectionNames!).find((slug) => !slugs.includes(slug))!;
      const near = didYouMean(unknown, slugs);
      context.addIssue({
        code: 'custom',
        path: ['editions', named],
        message: `must name sections in sectionNames by the slugs of "sections"; "${unknown}" is none (${near ? `did you mean "${near}"?` : slugs.length > 0 ? `the slugs are ${slugs.join(', ')}` : 'the site has no sections'})`,
      });
    }
  })
  // One edition, the site's language at its root, unless the settings list them.
  .transform(({ editions, ...site }) => ({ ...site, editions: editions ?? [{ lang: site.lang, path: '/' }] }));

/** The settings environment variables can override, checked as in the file. */
export const OVERRIDABLE = { url, pathPrefix } as const;

/**
 * What is wrong with `value` of `setting` by `issue`, with a hint where there is one: `must be a
 * whole number from 1 to 500, found "20"; a number is written without quotes`.
 */
export function problem(setting: SettingName, issue: z.core.$ZodIssue, value: unknown): string {
  const rule = issue.code === 'custom' ? issue.message : RULES[setting];
  return `${rule}, found ${found(value)}${hint(setting, rule, value)}`;
}

/** One reason per bad value of site.json's `input`, e.g. `perPage must be a whole number from 1 to 500, found "twenty"`. */
export function fileReasons(issues: z.core.$ZodIssue[], input: unknown): string[] {
  const reported = new Set<SettingName>();
  return issues.flatMap((issue): string[] => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map(unknownSetting);
    const key = issue.path[0];
    if (key === undefined) return [`the settings must be a JSON object such as {"name": "Habar", "perPage": 20}, found ${found(input)}`];
    const setting = String(key) as SettingName;
    // A value can fail several checks (0.5 is neither whole nor at least 1): one line says what it must be.
    if (reported.has(setting)) return [];
    reported.add(setting);
    const value = (input as Record<string, unknown>)[setting];
    // A bad section is shown alone, not the whole list.
    const at = issue.path[1];
    if ((setting === 'sections' || setting === 'editions') && Array.isArray(value) && typeof at === 'number') return [`${setting} ${problem(setting, issue, value[at])}`];
    return [`${setting} ${problem(setting, issue, value)}`];
  });
}

/** A value as the file writes it, on one screen line. */
function found(value: unknown): string {
  return printable(clip(JSON.stringify(value) ?? String(value)));
}

function unknownSetting(key: string): string {
  const near = didYouMean(key, SETTING_NAMES);
  if (near) return `unknown setting ${found(key)}; did you mean "${near}"?`;
  return `unknown setting ${found(key)}; the settings are ${SETTING_NAMES.join(', ')} (data of your own for templates goes in another file of content/_data/)`;
}

function hint(setting: SettingName, rule: string, value: unknown): string {
  if (setting === 'lang' && typeof value === 'string') {
    const near = didYouMean(value, LANGUAGES);
    return near ? `; did you mean "${near}"?` : '';
  }
  if (setting === 'perPage' && typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return '; a number is written without quotes';
  if (rule === URL_WITH_PATH) {
    const url = new URL(value as string);
    const folders = url.pathname.split('/').filter(Boolean);
    return folders.length > 0 ? `; ${url.origin} is the address, and /${folders.join('/')}/ goes in pathPrefix` : `; write ${url.origin}`;
  }
  return '';
}
