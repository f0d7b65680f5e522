import { join } from 'node:path';
import sharp from 'sharp';
import type { SitePaths } from '../../src/core/paths.ts';

/**
 * Writes a generated photo (a plain colour, `width`×`height`) beside the sources, as an editor would
 * drop one. Cases about updating a photo use ones under 1200 px wide: encoding the widest AVIF is
 * most of what a photo costs a build; the widths themselves are tests/site/reader.test.ts's.
 */
export async function addPhoto(paths: SitePaths, name: string, width = 1600, height = 1000): Promise<void> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } });
  await (name.endsWith('.png') ? image.png() : image.jpeg()).toFile(join(paths.sources, name));
}
