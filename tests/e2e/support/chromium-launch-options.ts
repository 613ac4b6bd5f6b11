// How every end-to-end test starts Chromium: Debian's build (or CHROMIUM_PATH), with the
// switches it needs as root in a container and without the background traffic that would
// try to reach the internet (this machine reaches only package registries).
import type { LaunchOptions } from '@playwright/test';
import { requireChromium } from '../../../scripts/find-chromium.mjs';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

/** Throws ChromiumNotFoundError (with the command to fix it) when there is no Chromium. */
export const chromiumLaunchOptions = (): LaunchOptions => ({
  executablePath: requireChromium(),
  args: [...chromiumArgs],
});
