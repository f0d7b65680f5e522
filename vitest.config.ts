import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { FastTierLast } from './tests/setup/sequencer.ts';

// Three tiers, each a vitest project: `fast` (units, fixtures, properties: `npm run test:fast`),
// `slow` (real habar processes and Eleventy builds) and `browser` (Chromium, installed or asked for
// by tests/setup/chromium.ts before any test runs). A module says `// tier: slow` or
// `// tier: browser` at the start of a line; a test file is in the slowest tier of itself and the
// test modules it imports, directly or not, so a test that uses support/cli.ts is slow.
const TIERS = ['fast', 'slow', 'browser'] as const;
type Tier = (typeof TIERS)[number];

const tests = join(import.meta.dirname, 'tests');
const tierMark = /^\/\/ tier: (slow|browser)\b/mu;
const relativeImport = /\bfrom '(\.\.?\/[^']+\.ts)'/gu;

function tierOf(file: string, seen = new Set<string>()): Tier {
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  let tier: Tier = (tierMark.exec(text)?.[1] as Tier | undefined) ?? 'fast';
  for (const [, specifier] of text.matchAll(relativeImport)) {
    const imported = resolve(dirname(file), specifier!);
    if (!/^(tests|support)\//.test(relative(import.meta.dirname, imported)) || seen.has(imported)) continue;
    const other = tierOf(imported, seen);
    if (TIERS.indexOf(other) > TIERS.indexOf(tier)) tier = other;
  }
  return tier;
}

const tierOfFile = new Map(readdirSync(tests, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.test.ts'))
  .map((path) => [relative(import.meta.dirname, join(tests, path)), tierOf(join(tests, path))]));
const inTier = (tier: Tier) => [...tierOfFile].filter(([, its]) => its === tier).map(([file]) => file);

// habar compiled to JavaScript (support/compiled-habar.ts), which in-process builds import
// (tests/helpers/build-in-process.ts), is loaded by Node as habar's test processes load it.
const server = { deps: { external: [/\/\.cache\/compiled\//u] } };

export default defineConfig({
  test: {
    // A file per core, not vitest's one fewer: a slow test's worker mostly waits for a habar process.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: FastTierLast },
    // The JSON report is what .ci/run counts passes and failures from.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      // Units share their workers' module cache: none changes globals, and the tier stays fast.
      { test: { name: 'fast', include: inTier('fast'), isolate: false, testTimeout: 30_000 } },
      // Integration tests build real sites with Eleventy in child processes; give them room. They
      // share their workers' modules too (none changes globals): a fork of its own per file cost
      // each some 0.3 s of processor time (eight small files: 4.6 → 2.2 s) and a slower start.
      { test: { name: 'slow', include: inTier('slow'), isolate: false, server, testTimeout: 120_000, hookTimeout: 120_000 } },
      // The browser tier too: a fork of its own per file cost each some 3 s of processor time
      // (the browser tier: 90–105 s → 75 s).
      {
        test: {
          name: 'browser', include: inTier('browser'), isolate: false, server, testTimeout: 120_000, hookTimeout: 120_000,
          globalSetup: ['tests/setup/chromium.ts'],
        },
      },
    ],
  },
});
