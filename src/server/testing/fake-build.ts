// Test helper: a tiny stand-in for Vite's dist/client, so static-file tests need no real build.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const fakeIndexHtml =
  '<!doctype html><html lang="en-GB"><head><title>Wardside</title><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>';

export const fakeBuildFiles: Readonly<Record<string, string>> = {
  'index.html': fakeIndexHtml,
  'assets/app-abc123.js': 'console.log("app");',
  'assets/style-Dx9_k2Qa.css': 'body{margin:0}',
  'sw.js': 'self.addEventListener("install",()=>{});',
  'registerSW.js': 'navigator.serviceWorker.register("/sw.js");',
  'workbox-5ffe50d4.js': 'self.workbox={};',
  'manifest.webmanifest': '{"name":"Wardside"}',
  'robots.txt': 'User-agent: *\nDisallow: /\n',
};

/** Writes the fake build into `directory` (which may not exist yet). */
export const writeFakeBuild = async (directory: string): Promise<void> => {
  for (const [name, content] of Object.entries(fakeBuildFiles)) {
    const filePath = path.join(directory, name);
    await mkdir(path.dirname(filePath), { recursive: true });
    await writeFile(filePath, content);
  }
};
