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
