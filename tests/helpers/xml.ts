import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { fixtures } from './site.ts';

/** The sitemaps.org schema that `sitemap.xml` and its numbered parts must satisfy. */
export const SITEMAP_XSD = join(fixtures, 'schemas/sitemap.xsd');

/**
 * What libxml2's xmllint (compiled to WebAssembly, so no system binary) says is wrong with the XML
 * file at `path`: not well-formed, or, given `schema`, not valid against that XSD. Empty when fine.
 */
export async function xmlProblems(path: string, schema?: string): Promise<string> {
  const result = await validateXML({
    xml: [{ fileName: basename(path), contents: readFileSync(path, 'utf8') }],
    schema: schema === undefined ? [] : [{ fileName: basename(schema), contents: readFileSync(schema, 'utf8') }],
    // A site's sitemap or feed can outgrow the default 32 MiB.
    maxMemoryPages: 4096,
  });
  return result.valid ? '' : result.rawOutput.trim();
}
