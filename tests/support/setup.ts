// Shared test setup: a fresh fake IndexedDB for every test file, and DOM matchers and
// cleanup where a test runs in jsdom.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
