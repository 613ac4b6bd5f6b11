// `npm start`: build the app if dist/client is missing or older than its sources, then run the server
// (SQLite in ./data unless DATABASE_URL is set). Signals go to the server and its exit code comes back,
// so `npm start` behaves like the server itself under a process manager.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const defaultStaticDirectory = path.join(root, 'dist', 'client');
const builtIndex = path.join(defaultStaticDirectory, 'index.html');

/** What the client build is made from. src/server is not part of it; tests do not change it. */
const buildInputs = ['src', 'index.html', 'vite.config.ts', 'public'].map((input) => path.join(root, input));
const ignoredPaths = [path.join(root, 'src', 'server')];
const isTestFile = (name) => /\.test\.[cm]?[jt]sx?$/.test(name);

/** Newest modification time (ms) of any file at or under `target`, or 0 if there is none. */
const newestModification = (target) => {
  if (!existsSync(target) || ignoredPaths.includes(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return isTestFile(target) ? 0 : stat.mtimeMs;
  return readdirSync(target).reduce(
    (newest, entry) => Math.max(newest, newestModification(path.join(target, entry))),
    0,
  );
};

const buildReason = () => {
  if (!existsSync(builtIndex)) return 'the app has not been built yet';
  const builtAt = statSync(builtIndex).mtimeMs;
  const changedAt = Math.max(...buildInputs.map(newestModification));
  return changedAt > builtAt ? 'the sources changed since the last build' : undefined;
};

const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 0)));
  });

const usesOwnStaticDirectory =
  process.env.STATIC_DIR && path.resolve(root, process.env.STATIC_DIR) !== defaultStaticDirectory;
const reason = usesOwnStaticDirectory ? undefined : buildReason();
if (reason) {
  console.log(`Building the app first (${reason}): vite build`);
  const buildExit = await run(path.join(root, 'node_modules', '.bin', 'vite'), ['build']);
  if (buildExit !== 0) {
    console.error(`The build failed (exit code ${buildExit}); the server was not started.`);
    process.exit(buildExit);
  }
}

// One process: `node --import tsx` runs the TypeScript server without a second wrapper process.
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
// `npm start` runs this under `sh -c`, and a SIGTERM sent to npm alone (a supervisor, `kill <pid>`)
// ends npm and the shell without reaching us. When our parent goes, stop the server cleanly anyway.
const parentAtStart = process.ppid;
setInterval(() => {
  if (process.ppid !== parentAtStart) server.kill('SIGTERM');
}, 1000).unref();
server.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
