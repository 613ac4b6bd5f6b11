import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ChromiumNotFoundError,
  findChromium,
  missingChromiumMessage,
  requireChromium,
} from './find-chromium.mjs';

describe('findChromium', () => {
  let directory: string | undefined;
  afterEach(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('prefers CHROMIUM_PATH over every other place', async () => {
    directory = await mkdtemp(join(tmpdir(), 'find-chromium-'));
    const executable = join(directory, 'my-chromium');
    await writeFile(executable, '');
    expect(findChromium({ CHROMIUM_PATH: executable })).toBe(executable);
    expect(requireChromium({ CHROMIUM_PATH: executable })).toBe(executable);
  });

  it('reports a CHROMIUM_PATH that points at nothing instead of looking elsewhere', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/no/such/chromium' })).toThrow(ChromiumNotFoundError);
    expect(() => findChromium({ CHROMIUM_PATH: '/no/such/chromium' })).toThrow(/CHROMIUM_PATH/);
  });

  it('tells a person the one command that installs a browser', () => {
    expect(missingChromiumMessage).toContain('sudo apt-get install -y chromium');
    expect(missingChromiumMessage).toContain('CHROMIUM_PATH');
  });
});
