/** A helper process of renderInParallel (render.ts): renders one shard of the site into the given folder. */
import { renderInto } from './render.ts';

const [output, index, count] = process.argv.slice(2);
await renderInto(output!, { index: Number(index), count: Number(count) });
