// tier: slow
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/site.ts';

describe('the stages', () => {
  it('imports follow the flow, with no circle, Eleventy only in render/ and tests apart from bench (dependency-cruiser)', () => {
    const cruiser = join(projectRoot, 'node_modules/.bin/depcruise');
    const run = spawnSync(cruiser, ['src', 'support', 'tests', 'bench', '.eleventy.ts', 'content', 'layouts', '--output-type', 'err'], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.stdout + run.stderr, 'violations of .dependency-cruiser.cjs').toContain('no dependency violations found');
    expect(run.status).toBe(0);
  });

  it('CONTRIBUTING.md lists every folder of src/, in the order of .dependency-cruiser.cjs, and each main file opens with what its stage does', () => {
    const rows = [...readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8').matchAll(/^\| `src\/([a-z]+)\/` \| `([^`]+)` \|/gmu)];
    const listed = rows.map(([, folder]) => folder);
    const folders = readdirSync(join(projectRoot, 'src'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect([...listed].sort()).toEqual(folders.sort());
    const order = /const STAGES = \[([^\]]+)\]/u.exec(readFileSync(join(projectRoot, '.dependency-cruiser.cjs'), 'utf8'))![1]!.match(/[a-z]+/gu);
    expect(listed).toEqual(order);
    for (const [, folder, main] of rows) {
      const text = readFileSync(join(projectRoot, 'src', folder!, main!), 'utf8');
      expect(text, `src/${folder}/${main}`).toMatch(/^\/\*\*\n \* \S[^]*?\n \*\/\n/u);
    }
  });
});

/** Regular expression literals with `\p{…}` (or the `v` flag) inside a function body in `text`, as `line: literal`. */
function patternsBuiltPerCall(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (inFunction && node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      if (/\\[pP]\{/u.test(literal) || /\/[a-z]*v[a-z]*$/u.test(literal)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${literal}`);
    }
    ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node)));
  };
  visit(source, false);
  return found;
}

describe('patterns', () => {
  it('no Unicode-property pattern is written inside a function: the loader builds it again at each call', () => {
    // tsx's esbuild writes such a literal as `new RegExp(…)` for any Node target, which runs where the literal stood.
    expect(transformSync('const f = (s) => /\\p{L}/u.test(s);', { target: `node${process.versions.node}` }).code).toContain('new RegExp(');
    expect(patternsBuiltPerCall('sample.ts', 'const A = /\\p{L}/u;\nfunction f(s) {\n  return /\\p{Lu}/u.test(s) && A.test(s);\n}')).toEqual(['sample.ts:3: /\\p{Lu}/u']);
    const files = readdirSync(join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    expect(files.flatMap((file) => patternsBuiltPerCall(`src/${file}`, readFileSync(join(projectRoot, 'src', file), 'utf8')))).toEqual([]);
  });
});
