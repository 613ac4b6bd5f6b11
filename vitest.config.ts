import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Unit, component, contract and sync tests. Files run in Node by default; component
 * tests opt into jsdom with a `// @vitest-environment jsdom` first line.
 * End-to-end tests (tests/e2e) run under Playwright, not here.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'tests/{contract,sync,lint,support}/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    setupFiles: ['tests/support/setup.ts'],
    restoreMocks: true,
    pool: 'forks',
    maxWorkers: 2,
  },
});
