import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { fixtures } from '../../support/site.ts';

/** The sitemaps.org schema that `sitemap.xml` and its numbered parts must satisfy. */
export const SITEMAP_XSD = join(fixtures, 'schemas/sitemap.xsd');

/** The same, for a sitemap whose pages list their versions in other languages (`xhtml:link`); it includes the files of `SITEMAP_WITH_ALTERNATES_PARTS`. */
export const SITEMAP_WITH_ALTERNATES_XSD = join(fixtures, 'schemas/sitemap-alternates.xsd');
export const SITEMAP_WITH_ALTERNATES_PARTS = [SITEMAP_XSD, join(fixtures, 'schemas/xhtml-link.xsd')];

/**
 * What libxml2's xmllint (compiled to WebAssembly, so no system binary) says is wrong with the XML
 * file at `path`: not well-formed, or, given `schema`, not valid against that XSD (with the files it
 * includes or imports, `schemaParts`). Empty when fine.
 */
export async function xmlProblems(path: string, schema?: string, schemaParts: string[] = []): Promise<string> {
  const file = (at: string) => ({ fileName: basename(at), contents: readFileSync(at, 'utf8') });
  const result = await validateXML({
    xml: [file(path)],
    schema: schema === undefined ? [] : [file(schema)],
    preload: schemaParts.map(file),
    // A site's sitemap or feed can outgrow the default 32 MiB.
    maxMemoryPages: 4096,
  });
  return result.valid ? '' : result.rawOutput.trim();
}
