import { readdirSync, rmSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { PHOTO_URL_DIR } from '../index/lead-photo.ts';
import type { ReaderIndex } from '../index/reader-index.ts';

/** Copies the processed photos this build uses from the cache into the built site's `/img/`. */
export async function copyPhotos(files: string[], output: string): Promise<void> {
  if (files.length === 0) return;
  const target = join(output, PHOTO_URL_DIR);
  await mkdir(target, { recursive: true });
  await Promise.all(files.map((file) => copyFile(file, join(target, basename(file)))));
}

/** Removes from the built site's `/img/` the processed photos no article page of `index` shows. */
export function removeUnusedPhotos(index: ReaderIndex, output: string): void {
  const names = new Set(index.articles.flatMap((article) => article.leadPhoto?.files ?? []).map((file) => basename(file)));
  const dir = join(output, PHOTO_URL_DIR);
  let present: string[];
  try {
    present = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of present) if (!names.has(name)) rmSync(join(dir, name), { force: true });
}
