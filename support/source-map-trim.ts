/**
 * Source maps of a bundle (support/compiled-habar.ts) cut to habar's own code. Node, with
 * `--enable-source-maps`, parses the map of every file it loads; most of a bundle's mappings are
 * its dependencies', whose stack frames then name the bundle's chunk instead of the package's
 * file. Each stretch of a dependency's code becomes an unmapped segment, so no frame in it is
 * taken for habar's.
 */
import { decode, encode, type SourceMapSegment } from '@jridgewell/sourcemap-codec';

export interface SourceMap {
  version: number;
  sources: string[];
  names: string[];
  mappings: string;
  [field: string]: unknown;
}

/** `map` with the mappings of the sources `kept` says yes to, and those sources and names only. */
export function keepSources(map: SourceMap, kept: (source: string) => boolean): SourceMap {
  const sources: string[] = [];
  const names: string[] = [];
  const renumber = (index: Map<number, number>, list: string[], from: string[], old: number) => {
    if (!index.has(old)) index.set(old, list.push(from[old]!) - 1);
    return index.get(old)!;
  };
  const sourceIndex = new Map<number, number>();
  const nameIndex = new Map<number, number>();
  const lines = decode(map.mappings).map((segments) => {
    const out: SourceMapSegment[] = [];
    let mapped = false;
    for (const segment of segments) {
      const keep = segment.length > 1 && kept(map.sources[segment[1]!]!);
      // A stretch of unmapped code is one segment, at its start.
      if (!keep && !mapped && out.length > 0) continue;
      if (!keep) out.push([segment[0]]);
      else if (segment.length === 5) out.push([segment[0], renumber(sourceIndex, sources, map.sources, segment[1]), segment[2], segment[3], renumber(nameIndex, names, map.names, segment[4])]);
      else if (segment.length === 4) out.push([segment[0], renumber(sourceIndex, sources, map.sources, segment[1]), segment[2], segment[3]]);
      mapped = keep;
    }
    return out;
  });
  return { ...map, sources, names, mappings: encode(lines) };
}
