// Finds the Chromium that the end-to-end tests drive. Order: CHROMIUM_PATH, Debian's
// /usr/bin/chromium, then a Playwright-managed browser. Playwright's own browser download
// cannot work on machines that reach only package registries, so Debian's package is the
// fallback: installed here when we are root on Debian, otherwise we say the one command to run.
// Tests must never pass silently without a browser, so callers get an exception, not a skip.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const debianChromium = '/usr/bin/chromium';

export const missingChromiumMessage =
  'No Chromium found for the end-to-end tests. Install it with:\n' +
  '  sudo apt-get install -y chromium\n' +
  'or set CHROMIUM_PATH to the executable of a Chromium you already have.';

export class ChromiumNotFoundError extends Error {
  constructor(message = missingChromiumMessage) {
    super(message);
    this.name = 'ChromiumNotFoundError';
  }
}

// Synchronous on purpose: playwright.config.ts calls the finder while it is being loaded.
function playwrightManagedChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Looks for a Chromium without installing anything; undefined when there is none. */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    // A CHROMIUM_PATH that points nowhere is a mistake to report, not to paper over.
    if (!existsSync(fromEnv))
      throw new ChromiumNotFoundError(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  if (existsSync(debianChromium)) return debianChromium;
  return playwrightManagedChromium();
}

/** Finds a Chromium or throws ChromiumNotFoundError with the command that fixes it. */
export function requireChromium(env = process.env) {
  const path = findChromium(env);
  if (!path) throw new ChromiumNotFoundError();
  return path;
}

const canInstallWithApt = () =>
  existsSync('/etc/debian_version') && typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Finds a Chromium, installing Debian's package when running as root on Debian
 * (as CI does). Throws ChromiumNotFoundError when neither works.
 */
export function ensureChromium({ env = process.env, log = console.log } = {}) {
  const found = findChromium(env);
  if (found) return found;
  if (!canInstallWithApt()) throw new ChromiumNotFoundError();
  log("No Chromium found; installing Debian's package: apt-get update && apt-get install -y chromium");
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env: aptEnv });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: aptEnv });
  if (!existsSync(debianChromium)) throw new ChromiumNotFoundError();
  return debianChromium;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
