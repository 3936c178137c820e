import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering rules of eslint.config.js, run through ESLint itself on snippets placed (by
 * name only; nothing is written) in each layer: a crossing must fail, an allowed import pass.
 */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function layerComplaints(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const crossings: [what: string, filePath: string, code: string, says: RegExp][] = [
  ['shared importing the main process', 'src/shared/mentees/probe.ts', "import { sql } from '../../main/vault/statements';", /imports only src\/shared/],
  ['shared importing the renderer', 'src/shared/probe.ts', "import { call } from '../renderer/bridge/client';", /imports only src\/shared/],
  ['shared importing Node', 'src/shared/probe.ts', "import { readFileSync } from 'node:fs';", /no Node modules/],
  ['shared importing Node without the prefix', 'src/shared/goals/probe.ts', "import { join } from 'path';", /no Node modules/],
  ['shared importing React', 'src/shared/probe.ts', "import { useState } from 'react';", /no React/],
  ['the renderer importing a main feature', 'src/renderer/features/notes/Probe.tsx', "import { searchNotes } from '../../../main/features/notes/search';", /only src\/shared and itself/],
  ['the renderer importing the preload', 'src/renderer/app/probe.ts', "import '../../preload/index';", /only src\/shared and itself/],
  ['the renderer importing Node', 'src/renderer/app/probe.ts', "import { createHash } from 'node:crypto';", /sandboxed/],
  ['the renderer importing the database', 'src/renderer/app/probe.ts', "import Database from 'better-sqlite3-multiple-ciphers';", /never opens the vault/],
  ['a feature importing an undeclared feature', 'src/main/features/notes/probe.ts', "import { goalRow } from '../goals/store';", /features\/notes imports features\/shared and no other feature/],
  ['a feature importing a feature beside its declared ones', 'src/main/features/documents/probe.ts', "import { meetingRow } from '../meetings/rows';", /\(charter, feedback, goals\)/],
  ['a feature importing the shell', 'src/main/features/goals/probe.ts', "import { openWindow } from '../../electron/window';", /below the shell/],
  ['a feature importing the demo generator', 'src/main/features/mentees/probe.ts', "import { fillDemoVault } from '../../demo/generate';", /below the shell, the CLI and the demo/],
  ['a feature importing electron', 'src/main/features/backup/probe.ts', "import { app } from 'electron';", /Only src\/main\/electron/],
  ['the vault layer importing a feature', 'src/main/vault/probe.ts', "import { goalRow } from '../features/goals/store';", /below the features/],
  ['a migration importing a feature', 'src/main/vault/migrations/probe.ts', "import { goalRow } from '../../features/goals/store';", /below the features/],
];

const allowed: [what: string, filePath: string, code: string][] = [
  ['shared importing shared and zod', 'src/shared/goals/probe.ts', "import { z } from 'zod';\nimport { id } from '../primitives';\nexport const x = z.object({ id });"],
  ['the renderer importing shared and itself', 'src/renderer/features/notes/Probe.tsx', "import { contract } from '../../../shared/contract';\nimport { call } from '../../bridge/client';\nexport const x = [contract, call];"],
  [
    'a feature importing its declared features, features/shared, the core and shared',
    'src/main/features/documents/probe.ts',
    "import { listGoals } from '../goals/store';\nimport { pageOf } from '../shared/store-helpers';\nimport { sql } from '../../vault/statements';\nimport type { HandlersFor } from '../../ipc/router';\nimport { id } from '../../../shared/primitives';\nimport { readFileSync } from 'node:fs';\nexport const x = [listGoals, pageOf, sql, id, readFileSync] as unknown as HandlersFor<never>;",
  ],
  ['a feature importing its own files', 'src/main/features/meetings/probe.ts', "import { meetingRow } from './rows';\nexport const x = meetingRow;"],
  ['a test importing anything', 'test/core/probe.test.ts', "import { sql } from '../../src/main/vault/statements';\nimport { call } from '../../src/renderer/bridge/client';\nexport const x = [sql, call];"],
];

describe('the layering lint rules', () => {
  it.each(crossings)('refuse %s', async (_what, filePath, code, says) => {
    const complaints = await layerComplaints(filePath, code);
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatch(says);
  });

  it.each(allowed)('allow %s', async (_what, filePath, code) => {
    expect(await layerComplaints(filePath, code)).toEqual([]);
  });
});
