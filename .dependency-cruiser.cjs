/**
 * The import rules `npm test` enforces (tests/architecture.test.ts). Stages, in the order data flows:
 * core → source → ingest → check → index → search → render → build → cli. A stage may import the
 * stages before it, never one after it; no module imports itself through a circle; only render/
 * talks to Eleventy; tests and bench do not import each other (what both need is in support/).
 */
const STAGES = ['core', 'source', 'ingest', 'check', 'index', 'search', 'render', 'build', 'cli'];

const againstTheFlow = STAGES.slice(0, -1).map((stage, i) => ({
  name: `${stage}-not-to-later-stages`,
  comment: `src/${stage}/ may import only ${STAGES.slice(0, i).join(', ') || 'node and packages'}: the stages after it use it, not the reverse.`,
  severity: 'error',
  from: { path: `^src/${stage}/` },
  to: { path: `^src/(${STAGES.slice(i + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...againstTheFlow,
    {
      name: 'no-circular',
      comment: 'A circle of imports hides which module is the lower one; split out what both need.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'eleventy-only-in-render',
      comment: 'src/render/ is the one contact surface with Eleventy (eleventy-img, an image library that runs without Eleventy, is not part of it).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/render/' },
      to: { path: 'node_modules/@11ty/', pathNot: 'node_modules/@11ty/eleventy-img/' },
    },
    {
      name: 'support-not-to-tests-or-bench',
      comment: 'support/ holds what tests and the benchmark share, so it imports neither.',
      severity: 'error',
      from: { path: '^support/' },
      to: { path: '^(tests|bench)/' },
    },
    {
      name: 'tests-not-to-bench',
      severity: 'error',
      from: { path: '^tests/' },
      to: { path: '^bench/' },
    },
    {
      name: 'bench-not-to-tests',
      severity: 'error',
      from: { path: '^bench/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
