import { rmSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { PHOTO_URL_DIR } from './lead-photo.ts';

/** Copies the processed photos this build uses from the cache into the built site's `/img/`. */
export async function copyPhotos(files: string[], output: string): Promise<void> {
  if (files.length === 0) return;
  const target = join(output, PHOTO_URL_DIR);
  await mkdir(target, { recursive: true });
  await Promise.all(files.map((file) => copyFile(file, join(target, basename(file)))));
}

/** Removes from the built site's `/img/` the processed photos among `before` that `after` no longer has. */
export function removeUnusedPhotos(before: string[], after: string[], output: string): void {
  const used = new Set(after.map((file) => basename(file)));
  for (const file of before) if (!used.has(basename(file))) rmSync(join(output, PHOTO_URL_DIR, basename(file)), { force: true });
}
