// Issue point: a strict Content Security Policy (no inline script) is sent and enforced, both
// when the page comes from the network and when the service worker serves it, and enrolling,
// unlocking and using the capture screen break none of it.
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { saveNote } from './support/capture-screen';
import { waitForServiceWorkerControl } from './support/service-worker';

type Violation = { directive: string; blockedUrl: string };

/** Records CSP violations from the first script the page runs; read back with readViolations. */
const recordViolations = (page: Page) =>
  page.addInitScript(() => {
    const recorded: { directive: string; blockedUrl: string }[] = [];
    (window as unknown as { cspViolations: typeof recorded }).cspViolations = recorded;
    document.addEventListener('securitypolicyviolation', (event) =>
      recorded.push({ directive: event.effectiveDirective, blockedUrl: event.blockedURI }),
    );
  });

const readViolations = (page: Page): Promise<Violation[]> =>
  page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);

/** Adds an inline script; true if the browser ran it (it must not). */
const runsInlineScript = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement('script');
    probe.textContent = 'window.inlineScriptRan = true';
    document.head.append(probe);
    return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan === true;
  });

const scriptSources = (policy: string): string =>
  policy
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('script-src ')) ??
  policy
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('default-src ')) ??
  '';

test('a strict CSP is sent and nothing from setup to the capture screen breaks it', async ({
  page,
  server,
  enrolStaffTablet,
}) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /content security policy/i.test(message.text())) {
      consoleErrors.push(message.text());
    }
  });
  await recordViolations(page);

  const response = await page.goto(`${server.url}/setup`);
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy, 'a Content-Security-Policy header').not.toBe('');
  const scripts = scriptSources(policy);
  expect(scripts, 'script-src (or default-src)').toContain("'self'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");

  await enrolStaffTablet(page);
  await saveNote(page, 'Carer said the ward felt calm at visiting time');
  expect(await readViolations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);

  expect(await runsInlineScript(page), 'the CSP blocks inline script').toBe(false);
  await expect.poll(() => readViolations(page).then((violations) => violations.length)).toBe(1);
});

test('the page the service worker serves keeps the CSP', async ({ page, server }) => {
  await recordViolations(page);
  await page.goto(`${server.url}/capture`);
  await waitForServiceWorkerControl(page);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(await readViolations(page)).toEqual([]);
  expect(await runsInlineScript(page), 'the CSP blocks inline script').toBe(false);
});
