import { readdir } from 'node:fs/promises';
import { parse } from 'node:path';

/** Image types that can be a source's lead photo, in the order one is chosen when several exist. */
export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'];

/** For each base name in the sources folder, the image file beside it (`2026-01-27-senate.jpg`). */
export async function listPhotos(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const photos = new Map<string, string>();
  const rank = (name: string) => PHOTO_EXTENSIONS.indexOf(parse(name).ext.toLowerCase());
  for (const entry of entries) {
    if (!entry.isFile() || rank(entry.name) < 0) continue;
    const base = parse(entry.name).name;
    const current = photos.get(base);
    if (current === undefined || rank(entry.name) < rank(current)) photos.set(base, entry.name);
  }
  return photos;
}

/** The source's photo, if an image with its base name sits beside it. */
export function photoFor(sourceName: string, photos: Map<string, string>): string | undefined {
  return photos.get(parse(sourceName).name);
}
