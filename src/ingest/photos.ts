import { parse } from 'node:path';

/** Image types that can be a source's lead photo, in the order one is chosen when several exist. */
export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'];

/** Among the sources folder's file names, for each base name the image beside it (`2026-01-27-senate.jpg`). */
export function photosAmong(fileNames: string[]): Map<string, string> {
  const photos = new Map<string, string>();
  const rank = (name: string) => PHOTO_EXTENSIONS.indexOf(parse(name).ext.toLowerCase());
  for (const name of fileNames) {
    if (rank(name) < 0) continue;
    const base = parse(name).name;
    const current = photos.get(base);
    if (current === undefined || rank(name) < rank(current)) photos.set(base, name);
  }
  return photos;
}

/** The source's photo, if an image with its base name sits beside it. */
export function photoFor(sourceName: string, photos: Map<string, string>): string | undefined {
  return photos.get(parse(sourceName).name);
}
