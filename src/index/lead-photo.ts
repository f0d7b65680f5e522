import { join } from 'node:path';

/** A processed lead photo, ready for the article page and its metadata. */
export interface LeadPhoto {
  /** `<picture>` with AVIF/WebP/JPEG sources, `srcset`, `sizes`, `width`, `height` and `alt`. */
  html: string;
  /** Site-relative path of the largest JPEG, for `og:image` and JSON-LD. */
  image: string;
  width: number;
  height: number;
  /** The small version lists show. */
  thumbnail: Thumbnail;
  /** Processed files in the cache folder (the photo's and its thumbnail's), to copy into the built site. */
  files: string[];
}

/** Where processed images are kept between builds, relative to the site root; output goes to `/img/`. */
export const PHOTO_CACHE_DIR = '.cache/img';
export const PHOTO_URL_DIR = '/img/';

/** A list's small photo: AVIF and WebP at one and two times its width; the layout writes the `<picture>`. */
export interface Thumbnail {
  /** The WebP of the layout's width, for `<img src>`; under the path prefix. */
  src: string;
  width: number;
  height: number;
  avif: string;
  webp: string;
}

const WIDTHS = [480, 800, 1200];
/** CSS pixels; lists show thumbnails at most this wide (site.css). */
export const THUMBNAIL_WIDTH = 160;
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
  const small = await Image(source, {
    widths: [THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 2],
    formats: ['avif', 'webp'],
    outputDir: join(root, PHOTO_CACHE_DIR),
    urlPath: `${pathPrefix}${PHOTO_URL_DIR.slice(1)}`,
  });
  const jpegs = metadata.jpeg!;
  const largest = jpegs[jpegs.length - 1]!;
  // A photo narrower than the thumbnail is kept at its own width, once.
  const webp = small.webp![0]!;
  return {
    html: generateHTML(metadata, { alt, sizes: SIZES, decoding: 'async' }),
    image: `${PHOTO_URL_DIR}${largest.filename}`,
    width: largest.width,
    height: largest.height,
    thumbnail: { src: webp.url, width: webp.width, height: webp.height, avif: small.avif!.map((entry) => entry.srcset).join(', '), webp: small.webp!.map((entry) => entry.srcset).join(', ') },
    files: [metadata, small].flatMap((processed) => Object.values(processed).flat().map((entry) => entry.outputPath)),
  };
}
