import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/chromium-launch-options';

/**
 * End-to-end journeys: the real production build, served by the real server, driven in a real
 * Chromium. There is no `webServer`: each spec starts its own server on a free port with its own
 * data directory (tests/e2e/support/fixtures.ts), because the offline tests stop it mid-test.
 * Run `vite build` first (`npm run test:e2e` does both).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: one worker drives Chromium while the other core serves and builds.
  workers: process.env.CI ? 1 : 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  // Generous for a slow two-core machine: each test starts a server and a browser.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    // Fails the whole run with the install command when no Chromium is found.
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
});
