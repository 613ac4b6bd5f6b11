// `npm run dev`: the server under `tsx watch` on port 8080 (restarts when server code changes) and the
// Vite dev server (hot reload; it proxies /api to port 8080, see vite.config.ts). Ctrl-C stops both;
// if either stops by itself, the other is stopped too, so nothing is left running half-way.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** The port vite.config.ts proxies /api to. */
const serverPort = '8080';
const forceStopAfterMilliseconds = 5000;

const children = [
  {
    name: 'server',
    process: spawn(bin('tsx'), ['watch', '--clear-screen=false', 'src/server/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: serverPort },
      // Vite owns the keyboard (its shortcuts); the server only prints.
      stdio: ['ignore', 'inherit', 'inherit'],
    }),
  },
  {
    name: 'vite',
    // Extra arguments go to Vite, e.g. `npm run dev -- --host` to test on a tablet.
    process: spawn(bin('vite'), process.argv.slice(2), { cwd: root, stdio: 'inherit' }),
  },
];

const isRunning = (child) => child.process.exitCode === null && child.process.signalCode === null;

let exitCode;
const stopAll = (code) => {
  if (exitCode !== undefined) return;
  exitCode = code;
  for (const child of children.filter(isRunning)) child.process.kill('SIGTERM');
  setTimeout(() => {
    for (const child of children.filter(isRunning)) child.process.kill('SIGKILL');
  }, forceStopAfterMilliseconds).unref();
};

for (const child of children) {
  child.process.on('error', (error) => {
    console.error(`Could not start ${child.name}: ${error.message}`);
    stopAll(1);
  });
  child.process.on('exit', (code, signal) => {
    if (exitCode === undefined) {
      console.error(`The ${child.name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
      stopAll(code || 1);
    }
    if (!children.some(isRunning)) process.exit(exitCode);
  });
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => stopAll(0));
}
// A SIGTERM sent to npm alone ends npm and its shell without reaching us: stop when our parent goes.
const parentAtStart = process.ppid;
setInterval(() => {
  if (process.ppid !== parentAtStart) stopAll(0);
}, 1000).unref();
