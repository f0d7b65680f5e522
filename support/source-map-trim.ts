/**
 * Source maps of a bundle (support/compiled-habar.ts) cut to habar's own code. Node, with
 * `--enable-source-maps`, parses the map of every file it loads; most of a bundle's mappings are
 * its dependencies', whose stack frames then name the bundle's chunk instead of the package's
 * file. Each stretch of a dependency's code becomes an unmapped segment, so no frame in it is
 * taken for habar's.
 */

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE_OF = new Map([...DIGITS].map((digit, value) => [digit, value]));

export interface SourceMap {
  version: number;
  sources: string[];
  names: string[];
  mappings: string;
  [field: string]: unknown;
}

/** The segments of `mappings`, line by line, each field as an absolute value ([column, source, line, column, name]). */
function decode(mappings: string): number[][][] {
  const state = [0, 0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line === '' ? [] : line.split(',').map((segment) => {
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const digit of segment) {
        const bits = VALUE_OF.get(digit)!;
        value += (bits & 31) << shift;
        if (bits & 32) {
          shift += 5;
          continue;
        }
        const field = fields.length;
        state[field]! += value & 1 ? -(value >>> 1) : value >>> 1;
        fields.push(state[field]!);
        value = 0;
        shift = 0;
      }
      return fields;
    });
  });
}

function vlq(delta: number): string {
  let value = delta < 0 ? (-delta << 1) | 1 : delta << 1;
  let text = '';
  do {
    const bits = value & 31;
    value >>>= 5;
    text += DIGITS[value > 0 ? bits | 32 : bits];
  } while (value > 0);
  return text;
}

/** `map` with the mappings of the sources `kept` says yes to, and those sources and names only. */
export function keepSources(map: SourceMap, kept: (source: string) => boolean): SourceMap {
  const sources: string[] = [];
  const names: string[] = [];
  const sourceIndex = new Map<number, number>();
  const nameIndex = new Map<number, number>();
  const indexOf = (index: Map<number, number>, list: string[], from: string[], old: number) => {
    if (!index.has(old)) index.set(old, list.push(from[old]!) - 1);
    return index.get(old)!;
  };
  const last = [0, 0, 0, 0, 0];
  const lines = decode(map.mappings).map((segments) => {
    last[0] = 0;
    const out: string[] = [];
    let mapped = false;
    for (const fields of segments) {
      const keep = fields.length > 1 && kept(map.sources[fields[1]!]!);
      // A stretch of unmapped code is one segment, at its start.
      if (!keep && !mapped && out.length > 0) continue;
      const values = keep
        ? [fields[0]!, indexOf(sourceIndex, sources, map.sources, fields[1]!), fields[2]!, fields[3]!, ...(fields.length > 4 ? [indexOf(nameIndex, names, map.names, fields[4]!)] : [])]
        : [fields[0]!];
      out.push(values.map((value, field) => vlq(value - last[field]!)).join(''));
      values.forEach((value, field) => (last[field] = value));
      mapped = keep;
    }
    return out.join(',');
  });
  return { ...map, sources, names, mappings: lines.join(';') };
}
