// Test helper: a fresh folder under the system temp folder, removed by the returned function.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type TemporaryDirectory = { path: string; remove(): Promise<void> };

export const createTemporaryDirectory = async (prefix: string): Promise<TemporaryDirectory> => {
  const directory = await mkdtemp(path.join(tmpdir(), `wardside-${prefix}-`));
  return { path: directory, remove: () => rm(directory, { recursive: true, force: true }) };
};
