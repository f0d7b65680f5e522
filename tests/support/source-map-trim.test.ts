import { describe, expect, it } from 'vitest';
import { keepSources, type SourceMap } from '../../support/source-map-trim.ts';

// Segments as [generated column, source, line, column(, name)] in VLQ, relative to the one before.
// Line 1: habar's 0:0 at 0, the package's 0:0 (name "skip") at 10 and 1:0 at 20, habar's 1:4 (name
// "run") at 30; line 2: the package's 2:0 at 0, habar's 1:4 at 5.
const map: SourceMap = {
  version: 3,
  sources: ['../src/a.ts', '../node_modules/pkg/index.js'],
  names: ['skip', 'run'],
  mappings: 'AAAA,UCAAA,UACA,UDAIC;ACCJ,KDDI',
};

describe('keepSources', () => {
  it('keeps every mapping when every source is kept', () => {
    expect(keepSources(map, () => true)).toEqual(map);
  });

  it('makes each stretch of a dropped source one unmapped segment, and keeps the others where they were', () => {
    const cut = keepSources(map, (source) => !source.includes('/node_modules/'));
    expect(cut.sources).toEqual(['../src/a.ts']);
    expect(cut.names).toEqual(['run']);
    // Line 1: 0:0 at 0, unmapped from 10, 1:4 "run" at 30; line 2: unmapped from 0, 1:4 at 5.
    expect(cut.mappings).toBe('AAAA,U,oBACIA;A,KAAA');
  });
});
