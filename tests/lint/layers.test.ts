// The layer rules of STYLE.md are lint rules (eslint.config.js). These tests lint small probe
// sources as if they sat in each layer and show that a forbidden import fails lint while an allowed one
// passes. The imported files are real, so the import resolver cannot quietly fail to find them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** Lints `source` as if it were the file at `probePath` and returns the ids of the rules it broke. */
const brokenRules = async (probePath: string, source: string): Promise<string[]> => {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, probePath) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
};

/** The imported module must exist, or a passing "allowed" case would prove nothing. */
const expectExists = (...segments: string[]) => {
  const base = path.join(root, ...segments);
  expect(['.ts', '.tsx'].some((extension) => existsSync(base + extension))).toBe(true);
};

describe('layer rules', () => {
  it('domain may not import React, Dexie, Node or the DOM globals', async () => {
    expect(
      await brokenRules('src/domain/probe.ts', "import { useState } from 'react';\nuseState(1);\n"),
    ).toContain('no-restricted-imports');
    expect(
      await brokenRules('src/domain/probe.ts', "import Dexie from 'dexie';\nnew Dexie('x');\n"),
    ).toContain('no-restricted-imports');
    expect(
      await brokenRules(
        'src/domain/probe.ts',
        "import { readFileSync } from 'node:fs';\nreadFileSync('x');\n",
      ),
    ).toContain('no-restricted-imports');
    expect(await brokenRules('src/domain/probe.ts', 'export const now = () => Date.now();\n')).toContain(
      'no-restricted-properties',
    );
    expect(
      await brokenRules('src/domain/probe.ts', 'export const size = () => window.innerWidth;\n'),
    ).toContain('no-restricted-globals');
  });

  it('domain may not import another layer, but data may import domain', async () => {
    expectExists('src/data/db');
    expect(
      await brokenRules(
        'src/domain/probe.ts',
        "import { openWardsideDatabase } from '../data/db';\nopenWardsideDatabase();\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expectExists('src/domain/notes/note');
    expect(
      await brokenRules(
        'src/data/probe.ts',
        "import { noteSchema } from '../domain/notes/note';\nexport { noteSchema };\n",
      ),
    ).toEqual([]);
  });

  it('only data/ imports Dexie', async () => {
    expect(
      await brokenRules('src/features/capture/probe.ts', "import Dexie from 'dexie';\nnew Dexie('x');\n"),
    ).toContain('no-restricted-imports');
    expect(
      await brokenRules(
        'src/data/probe.ts',
        "import Dexie from 'dexie';\nexport const d = new Dexie('x');\n",
      ),
    ).toEqual([]);
  });

  it('server imports only domain and sync/protocol', async () => {
    expectExists('src/data/db');
    expect(
      await brokenRules(
        'src/server/probe.ts',
        "import { openWardsideDatabase } from '../data/db';\nopenWardsideDatabase();\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expectExists('src/sync/protocol');
    expect(
      await brokenRules(
        'src/server/probe.ts',
        "import { PROTOCOL_VERSION } from '../sync/protocol';\nexport { PROTOCOL_VERSION };\n",
      ),
    ).toEqual([]);
    expect(
      await brokenRules('src/server/probe.ts', "import { useState } from 'react';\nuseState(1);\n"),
    ).toContain('no-restricted-imports');
  });

  it('features never import each other or app/', async () => {
    expectExists('src/features/kiosk/kiosk-screen');
    expect(
      await brokenRules(
        'src/features/capture/probe.ts',
        "import { KioskScreen } from '../kiosk/kiosk-screen';\nexport { KioskScreen };\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expectExists('src/app/app');
    expect(
      await brokenRules(
        'src/features/capture/probe.ts',
        "import { App } from '../../app/app';\nexport { App };\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('components have no domain knowledge', async () => {
    expectExists('src/domain/notes/note');
    expect(
      await brokenRules(
        'src/components/probe.ts',
        "import { noteSchema } from '../domain/notes/note';\nexport { noteSchema };\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });
});
