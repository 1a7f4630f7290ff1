import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The layer rule lives in eslint.config.js; this proves it rejects what it must and allows the rest.
const eslint = new ESLint({ cwd: process.cwd() });

/** The lines whose imports the layer rule refuses. */
async function layerErrors(filePath: string, source: string): Promise<number[]> {
  const [result] = await eslint.lintText(source, { filePath });
  const lines = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line);
  return [...new Set(lines)];
}

describe('layers only import downward', () => {
  it('shared/ may not import the renderer, electron, server, Node or React', async () => {
    const errors = await layerErrors(
      'shared/domain/probe.ts',
      [
        "import { db } from '../../renderer/db/schema';",
        "import { app } from 'electron';",
        "import { readFile } from 'node:fs';",
        "import React from 'react';",
        "import { x } from '../../server/routes';",
        'export const all = [db, app, readFile, React, x];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(5);
  });

  it('the renderer may import shared/ but not electron/ or server/', async () => {
    const allowed = await layerErrors('renderer/review/probe.ts', "import { TBT_CONCERNS } from '../../shared/domain/comment';\nexport const c = TBT_CONCERNS;");
    expect(allowed).toEqual([]);
    const refused = await layerErrors(
      'renderer/review/probe.ts',
      "import { mainWindowOptions } from '../../electron/main/windowOptions';\nimport { ipcRenderer } from 'electron';\nexport const x = [mainWindowOptions, ipcRenderer];",
    );
    expect(refused).toHaveLength(2);
  });

  it('electron/ and server/ may not import each other or the renderer', async () => {
    expect(await layerErrors('electron/main/probe.ts', "import { db } from '../../renderer/db/schema';\nexport const x = db;")).toHaveLength(1);
    expect(await layerErrors('electron/main/probe.ts', "import { y } from '../../server/app';\nexport const x = y;")).toHaveLength(1);
    expect(await layerErrors('server/probe.ts', "import { mainWindowOptions } from '../electron/main/windowOptions';\nexport const x = mainWindowOptions;")).toHaveLength(1);
  });

  it('no product layer imports test code from test/', async () => {
    const probe = "import { startHarness } from '../../test/support/server/harness';\nexport const x = startHarness;";
    expect(await layerErrors('renderer/sync/probe.ts', probe)).toHaveLength(1);
    expect(await layerErrors('electron/main/probe.ts', probe)).toHaveLength(1);
    expect(await layerErrors('server/routes/probe.ts', probe)).toHaveLength(1);
    expect(await layerErrors('shared/domain/probe.ts', probe)).toHaveLength(1);
  });
});

/** The lines that `rule` refuses in `source`, linted as if it were at `filePath`. */
async function ruleErrors(rule: string, filePath: string, source: string): Promise<number[]> {
  const [result] = await eslint.lintText(source, { filePath });
  const fatal = (result?.messages ?? []).filter((m) => m.fatal);
  expect(fatal).toEqual([]);
  return [...new Set((result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.line))];
}

const folderOrder = (filePath: string, source: string) => ruleErrors('import-x/no-restricted-paths', filePath, source);

describe('inside the renderer, dependencies run one way', () => {
  it('the folders below the features (lib, ui, db, i18n, sync) may not import a feature or app/', async () => {
    expect(await folderOrder('renderer/db/probe.ts', "import { ReviewScreen } from '../review';\nexport const x = ReviewScreen;")).toHaveLength(1);
    expect(await folderOrder('renderer/sync/probe.ts', "import { approvedPositions } from '../compile';\nexport const x = approvedPositions;")).toHaveLength(1);
    expect(await folderOrder('renderer/ui/probe.ts', "import { namespaces } from '../app/namespaces';\nexport const x = namespaces;")).toHaveLength(1);
    expect(await folderOrder('renderer/i18n/probe.ts', "import { PdfViewer } from '../pdf';\nexport const x = PdfViewer;")).toHaveLength(1);
  });

  it('they keep their own order: lib imports nothing of the renderer, db not sync', async () => {
    expect(await folderOrder('renderer/lib/probe.ts', "import { db } from '../db/schema';\nexport const x = db;")).toHaveLength(1);
    expect(await folderOrder('renderer/db/probe.ts', "import { enqueue } from '../sync/outbox';\nexport const x = enqueue;")).toHaveLength(1);
    expect(await folderOrder('renderer/sync/probe.ts', "import { db } from '../db/schema';\nimport { useRoute } from '../lib/route';\nexport const x = [db, useRoute];")).toEqual([]);
  });

  it('a feature imports another feature only through its index.ts, and never app/', async () => {
    expect(await folderOrder('renderer/submission/probe.ts', "import { approvedPositions } from '../compile';\nexport const x = approvedPositions;")).toEqual([]);
    expect(await folderOrder('renderer/submission/probe.ts', "import { approvedPositions } from '../compile/positionStore';\nexport const x = approvedPositions;")).toEqual([1]);
    expect(await folderOrder('renderer/review/probe.ts', "import { Screen } from '../app/Screen';\nexport const x = Screen;")).toEqual([1]);
  });

  it('or through a light entry listed in eslint.config.js: submission/badge.ts, not the file of the badge itself', async () => {
    expect(await folderOrder('renderer/notifications/probe.ts', "import { SubmissionBadge } from '../submission/badge';\nexport const x = SubmissionBadge;")).toEqual([]);
    expect(await folderOrder('renderer/notifications/probe.ts', "import { SubmissionBadge } from '../submission/SubmissionBadge';\nexport const x = SubmissionBadge;")).toEqual([1]);
  });

  it('app/ composes the features through their index.ts and locales.ts', async () => {
    expect(await folderOrder('renderer/app/probe.ts', "import { ReviewScreen } from '../review';\nimport { reviewLocales } from '../review/locales';\nexport const x = [ReviewScreen, reviewLocales];")).toEqual([]);
    expect(await folderOrder('renderer/app/probe.ts', "import { ReviewScreen } from '../review/ReviewScreen';\nexport const x = ReviewScreen;")).toEqual([1]);
  });
});

describe('no file is part of an import cycle', () => {
  it('in the renderer: lib/desktop.ts importing i18n/, which imports lib/desktop.ts, is refused', async () => {
    const source = "import { i18n } from '../i18n';\nexport const desktop = undefined;\nexport const x = i18n;";
    expect(await ruleErrors('import-x/no-cycle', 'renderer/lib/desktop.ts', source)).toEqual([1]);
  });

  it('in the server too: errors.ts importing app.ts, which reaches errors.ts through its routes, is refused', async () => {
    const source = "import { buildApp } from './app';\nexport const x = buildApp;";
    expect(await ruleErrors('import-x/no-cycle', 'server/errors.ts', source)).toEqual([1]);
  });
});

/** For each renderer folder, the renderer folders its product files (tests aside) import. */
function rendererFolderGraph(root = 'renderer'): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const folderOf = (file: string) => path.relative(root, file).split(path.sep)[0]!;
  const resolve = (from: string, spec: string) => {
    const base = path.join(path.dirname(from), spec);
    return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
  };
  const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(root, f))
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) && path.dirname(f) !== root);
  for (const file of files) {
    const edges = graph.get(folderOf(file)) ?? new Set<string>();
    graph.set(folderOf(file), edges);
    const specs = fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']*)'/g);
    for (const [, spec] of specs) {
      const target = resolve(file, spec!);
      if (target?.startsWith(`${root}${path.sep}`) && path.dirname(target) !== root && folderOf(target) !== folderOf(file)) edges.add(folderOf(target));
    }
  }
  return graph;
}

/** One cycle in `graph` as a path (first node repeated at the end), or null when there is none. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('the renderer\'s folder graph has no cycle', () => {
  it('the check finds a cycle where there is one', () => {
    const graph = new Map([['review', new Set(['compile'])], ['compile', new Set(['db', 'submission'])], ['submission', new Set(['compile'])], ['db', new Set<string>()]]);
    expect(findCycle(graph)).toEqual(['compile', 'submission', 'compile']);
  });

  it('app/ on top, the features, then ui, lib, db, i18n and sync: no folder reaches back', () => {
    const graph = rendererFolderGraph();
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['app', 'review', 'compile', 'db', 'lib', 'ui', 'i18n', 'sync']));
    expect(graph.get('app')!.size).toBeGreaterThan(5);
    expect(findCycle(graph)).toBeNull();
  });
});
