import { join } from 'node:path';

/** A processed lead photo, ready for the article page and its metadata. */
export interface LeadPhoto {
  /** `<picture>` with AVIF/WebP/JPEG sources, `srcset`, `sizes`, `width`, `height` and `alt`. */
  html: string;
  /** Site-relative path of the largest JPEG, for `og:image` and JSON-LD. */
  image: string;
  width: number;
  height: number;
  /** Processed files in the cache folder, to copy into the built site. */
  files: string[];
}

/** Where processed images are kept between builds, relative to the site root; output goes to `/img/`. */
export const PHOTO_CACHE_DIR = '.cache/img';
export const PHOTO_URL_DIR = '/img/';

const WIDTHS = [480, 800, 1200];
// The article column is at most 42rem wide (site.css); on phones the photo fills the screen.
const SIZES = '(min-width: 44rem) 42rem, 100vw';

/**
 * Resizes and re-encodes a photo with eleventy-img into the cache folder. Files already there
 * (same source bytes, same options) are not processed again, so rebuilds cost almost nothing.
 */
export async function processLeadPhoto(source: string, alt: string, root: string, pathPrefix: string): Promise<LeadPhoto> {
  // Loaded with the first photo (sharp and its codecs): a site without photos never loads it.
  const { default: Image, generateHTML } = await import('@11ty/eleventy-img');
  const metadata = await Image(source, {
    widths: WIDTHS,
    formats: ['avif', 'webp', 'jpeg'],
    outputDir: join(root, PHOTO_CACHE_DIR),
    urlPath: `${pathPrefix}${PHOTO_URL_DIR.slice(1)}`,
  });
  const jpegs = metadata.jpeg!;
  const largest = jpegs[jpegs.length - 1]!;
  return {
    html: generateHTML(metadata, { alt, sizes: SIZES, decoding: 'async' }),
    image: `${PHOTO_URL_DIR}${largest.filename}`,
    width: largest.width,
    height: largest.height,
    files: Object.values(metadata).flat().map((entry) => entry.outputPath),
  };
}
