// The version reported by /api/health, read from package.json so there is one place to bump it.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const packageSchema = z.object({ version: z.string().min(1) });

export const readPackageVersion = (
  packageJsonUrl: URL = new URL('../../package.json', import.meta.url),
): string => packageSchema.parse(JSON.parse(readFileSync(packageJsonUrl, 'utf8'))).version;
