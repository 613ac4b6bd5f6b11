// Issue point: Chromium itself judges the app installable (manifest, icons, service worker),
// and the manifest says what the ward sees on the home screen. A persistent context is used
// because Chromium only runs its installability checks for a real profile. Installing comes
// before enrolling, so these run on the setup screen an unenrolled tablet shows.
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { chromiumLaunchOptions } from './support/chromium-launch-options';
import { waitForServiceWorkerControl } from './support/service-worker';

type ManifestIcon = { src: string; sizes?: string; purpose?: string; type?: string };

test('Chromium finds the app installable', async ({ server }) => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'wardside-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, { ...chromiumLaunchOptions() });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/setup`);
    await waitForServiceWorkerControl(page);
    const session = await context.newCDPSession(page);
    const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
    expect(installabilityErrors, JSON.stringify(installabilityErrors, null, 2)).toEqual([]);
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
});

test('the manifest names the app, runs standalone and has every icon', async ({ page, request, server }) => {
  await page.goto(`${server.url}/setup`);
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBeTruthy();
  const manifestUrl = new URL(manifestHref ?? '', page.url()).href;

  const response = await request.get(manifestUrl);
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as {
    name?: string;
    display?: string;
    theme_color?: string;
    icons?: ManifestIcon[];
  };
  expect(manifest.name).toBe('Wardside');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute(
    'content',
    manifest.theme_color ?? '',
  );

  const icons = manifest.icons ?? [];
  const hasIcon = (size: string, purpose: string) =>
    icons.some(
      (icon) => icon.sizes?.split(' ').includes(size) && (icon.purpose ?? 'any').split(' ').includes(purpose),
    );
  expect(hasIcon('192x192', 'any'), 'a 192×192 icon').toBe(true);
  expect(hasIcon('512x512', 'any'), 'a 512×512 icon').toBe(true);
  expect(hasIcon('512x512', 'maskable'), 'a 512×512 maskable icon').toBe(true);

  for (const icon of icons) {
    const iconResponse = await request.get(new URL(icon.src, manifestUrl).href);
    expect(iconResponse.status(), icon.src).toBe(200);
    expect(iconResponse.headers()['content-type'], icon.src).toContain('image/png');
    // A PNG's IHDR chunk holds width and height at bytes 16 and 20: the file must be the size it claims.
    const png = await iconResponse.body();
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
});
