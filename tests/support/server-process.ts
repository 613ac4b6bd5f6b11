// Runs the real server (src/server/main.ts under tsx) as a child process, for end-to-end and sync
// tests. Each server gets its own port and data folder; it uses SQLite unless `env` sets DATABASE_URL,
// so a DATABASE_URL in the test runner's environment never makes tests share a database by accident.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Lines of output kept for a failure report: enough for a stack trace, bounded for long runs. */
const keptOutputLines = 200;

export type ServerProcessOptions = {
  /** A free port is found when absent. */
  port?: number;
  /** The server's DATA_DIR (its SQLite file goes here). */
  dataDir: string;
  /** Extra environment, applied last (e.g. `{ DATABASE_URL }`, `{ STATIC_DIR }`). */
  env?: Record<string, string>;
  /** How long to wait for /api/health to answer. */
  startupTimeoutMs?: number;
};

export type ServerProcess = {
  url: string;
  port: number;
  /** SIGTERM, then waits for exit: resolves the exit code, or null if it ended by a signal. */
  stop(): Promise<number | null>;
  /** SIGKILL, for tests of a server that dies without warning. */
  kill(): void;
  /** The last lines the server printed, for debugging a failing test. */
  recentOutput(): string;
};

/** Asks the operating system for a port nobody is listening on. */
export const findFreePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('Could not find a free port.'))));
    });
  });

const delay = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

const isHealthy = async (url: string) => {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
};

export const startServerProcess = async ({
  port,
  dataDir,
  env = {},
  startupTimeoutMs = 30_000,
}: ServerProcessOptions): Promise<ServerProcess> => {
  const chosenPort = port ?? (await findFreePort());
  const url = `http://127.0.0.1:${chosenPort}`;
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repositoryRoot,
    env: {
      ...inherited,
      PORT: String(chosenPort),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - keptOutputLines));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const recentOutput = () => output.join('\n');

  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );

  const deadline = Date.now() + startupTimeoutMs;
  while (!(await isHealthy(url))) {
    if (exitCode !== undefined || Date.now() > deadline) {
      const reason =
        exitCode !== undefined
          ? `exited with code ${exitCode}`
          : `did not answer within ${startupTimeoutMs} ms`;
      child.kill('SIGKILL');
      console.error(`Server output:\n${recentOutput()}`);
      throw new Error(`The server on port ${chosenPort} ${reason}. Its last output:\n${recentOutput()}`);
    }
    await delay(100);
  }

  return {
    url,
    port: chosenPort,
    recentOutput,
    kill: () => {
      if (exitCode === undefined) child.kill('SIGKILL');
    },
    stop: async () => {
      if (exitCode !== undefined) return exitCode;
      child.kill('SIGTERM');
      return exited;
    },
  };
};
