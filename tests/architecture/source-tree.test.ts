import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// The tree is the map a newcomer reads first: these checks keep it honest as features grow.

const src = path.resolve(__dirname, '../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const sourceFiles = filesUnder(src).filter((file) => /\.(ts|tsx|astro|mjs)$/.test(file));

/** Relative imports of a file: static, dynamic, type-only, and those in an Astro page's scripts. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    const base = path.resolve(path.dirname(file), specifier);
    const found = ['', '.ts', '.tsx', '.astro', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile());
    return found && found.startsWith(src) ? [found] : [];
  });
}

const graph = new Map(sourceFiles.map((file) => [file, importsOf(file)]));

/** Every import circle, as the files in it (Tarjan's strongly connected components of more than one file). */
function importCircles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (edges.get(file) ?? []).includes(file)) circles.push(component);
    }
  };
  for (const file of edges.keys()) if (!index.has(file)) visit(file);
  return circles;
}

const relative = (file: string) => path.relative(src, file);

describe('the source tree', () => {
  test('finds a circle when there is one', () => {
    const edges = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
    expect(importCircles(edges).map((c) => c.sort())).toEqual([['a', 'b', 'c']]);
  });

  test('has no import circle', () => {
    expect(importCircles(graph).map((circle) => circle.map(relative))).toEqual([]);
  });

  test('has no folder of more than 20 files', () => {
    const crowded = [...new Set(sourceFiles.concat(filesUnder(src)).map((file) => path.dirname(file)))]
      .map((dir) => ({ dir: relative(dir) || 'src', files: readdirSync(dir).filter((n) => statSync(path.join(dir, n)).isFile()).length }))
      .filter(({ files }) => files > 20);
    expect(crowded).toEqual([]);
  });

  test('keeps src/lib pure: it imports nothing outside src/lib and touches no browser storage or page', () => {
    const lib = path.join(src, 'lib');
    const impure = sourceFiles
      .filter((file) => file.startsWith(lib))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        const outside = graph.get(file)!.filter((target) => !target.startsWith(lib)).map((target) => `imports ${relative(target)}`);
        const browser = [...text.matchAll(/\b(document|localStorage|sessionStorage|indexedDB)\.|from ['"](dexie|workbox-window|react|preact)['"]/g)].map((m) => `uses ${m[0]}`);
        return [...outside, ...browser].map((problem) => `${relative(file)} ${problem}`);
      });
    expect(impure).toEqual([]);
  });
});
