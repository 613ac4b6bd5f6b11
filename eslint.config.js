// Lint rules, including the layer rules of STYLE.md: imports only point down
// (app → features → sync, data → domain; server → sync/protocol, domain).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const resolver = createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] });

/** Packages that tie code to a runtime: only some layers may use them. */
const uiPackages = ['react', 'react-dom', 'react-dom/*', 'wouter', 'zustand', 'workbox-window'];
const storagePackages = ['dexie', 'fake-indexeddb', 'fake-indexeddb/*'];
const serverPackages = ['fastify', '@fastify/*', 'kysely', 'better-sqlite3', 'pg', 'pino'];
const nodeBuiltins = ['node:*'];

const restrict = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [resolver] },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-default-export': 'off',
      'no-console': 'off',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: [
                './src/app',
                './src/features',
                './src/components',
                './src/data',
                './src/sync',
                './src/server',
              ],
              message: 'domain/ is pure TypeScript and imports no other layer.',
            },
            {
              target: './src/data',
              from: ['./src/app', './src/features', './src/components', './src/sync', './src/server'],
              message: 'data/ imports only domain/.',
            },
            {
              target: './src/sync',
              from: ['./src/app', './src/features', './src/components', './src/server'],
              message: 'sync/ imports only data/ and domain/.',
            },
            {
              target: './src/components',
              from: [
                './src/app',
                './src/features',
                './src/data',
                './src/sync',
                './src/server',
                './src/domain',
              ],
              message: 'components/ are UI primitives with no domain knowledge.',
            },
            {
              target: './src/features',
              from: ['./src/app', './src/server'],
              message: 'features/ never import app/ or server/.',
            },
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'features never import each other; app/ composes them.',
            })),
            {
              target: './src/server',
              from: ['./src/app', './src/features', './src/components', './src/data'],
              message: 'server/ imports only domain/ and sync/protocol.',
            },
            {
              target: './src/server',
              from: './src/sync',
              except: ['./protocol.ts'],
              message: 'server/ imports only domain/ and sync/protocol.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      ...restrict(
        [...uiPackages, ...storagePackages, ...serverPackages, ...nodeBuiltins],
        'domain/ is pure TypeScript: no React, Dexie, DOM or Node.',
      ),
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'fetch',
          'localStorage',
          'indexedDB',
          'setTimeout',
          'setInterval',
          'process',
        ].map((name) => ({ name, message: 'domain/ is pure: pass what it needs in as an argument.' })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'domain/ takes time as an argument.' },
        { object: 'Math', property: 'random', message: 'domain/ takes randomness as an argument.' },
      ],
    },
  },
  {
    files: ['src/data/**', 'src/sync/**'],
    ignores: ['src/sync/protocol.ts'],
    rules: restrict(
      [...uiPackages, ...serverPackages, ...nodeBuiltins],
      'data/ and sync/ have no React and no server code.',
    ),
  },
  {
    files: ['src/sync/protocol.ts'],
    rules: restrict(
      [...uiPackages, ...storagePackages, ...serverPackages, ...nodeBuiltins],
      'sync/protocol is shared with the server: zod and domain only.',
    ),
  },
  {
    files: ['src/app/**', 'src/features/**', 'src/components/**'],
    rules: restrict(
      [...storagePackages, ...serverPackages, ...nodeBuiltins],
      'UI code reaches storage through data/.',
    ),
  },
  {
    files: ['src/server/**'],
    rules: restrict([...uiPackages, ...storagePackages], 'server/ has no React and no Dexie.'),
  },
);
