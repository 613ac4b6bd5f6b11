// Shared test setup: a fresh fake IndexedDB for every test file, and DOM matchers and
// cleanup where a test runs in jsdom.
import 'fake-indexeddb/auto';
import { afterEach, expect } from 'vitest';
import * as matchers from '@testing-library/jest-dom/matchers';

expect.extend(matchers);

if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
