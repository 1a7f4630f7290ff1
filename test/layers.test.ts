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
