// The real admin CLI (`npm run admin -- …`), run against a test server's DATA_DIR, the way a ward
// manager sets up a ward: add the ward, set its staff PIN, make single-use enrolment codes.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

export type DeviceRole = 'kiosk' | 'staff';

/** Runs `npm run admin -- <args>` with `stdin` piped in; resolves to the last line it printed. */
export function runAdmin(dataDir: string, args: readonly string[], stdin = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const child = spawn('npm', ['run', '--silent', 'admin', '--', ...args], {
      cwd: repositoryRoot,
      env: { ...inherited, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      const lastLine = stdout.trim().split('\n').at(-1)?.trim() ?? '';
      if (code === 0 && lastLine !== '') resolve(lastLine);
      else
        reject(
          new Error(`admin ${args[0] ?? ''} ${args[1] ?? ''} exited with ${code}:\n${stdout}\n${stderr}`),
        );
    });
    child.stdin.end(stdin);
  });
}

export type TestWard = {
  id: string;
  name: string;
  pin: string;
  /** A new single-use enrolment code for this ward. */
  createCode: (role: DeviceRole) => Promise<string>;
};

/** Adds a ward with a staff PIN through the admin CLI. */
export async function createWard(dataDir: string, name = 'Ward 7B', pin = '2468'): Promise<TestWard> {
  const id = await runAdmin(dataDir, ['ward', 'add', name]);
  await runAdmin(dataDir, ['ward', 'pin', id], `${pin}\n`);
  return {
    id,
    name,
    pin,
    createCode: (role) => runAdmin(dataDir, ['enrol', id, '--role', role]),
  };
}
