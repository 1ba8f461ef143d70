// @ts-check
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'url', 'stream']

/** Each layer may only import what its process has: the boundaries of DEVELOPERS.md. */
const restrict = (/** @type {string[]} */ group, /** @type {string} */ message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group, message }] }],
})

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'resources/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      ...restrict(
        ['electron', 'react', 'react-*', 'dexie*', 'zustand*', 'i18next', ...nodeBuiltins],
        'src/shared is pure domain: no Electron, DOM, Node or React.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require'],
    },
  },
  {
    files: ['src/main/core/**/*.ts', 'src/main/workers/**/*.ts'],
    rules: restrict(
      ['electron', '../electron/*'],
      'src/main/core and workers run in Node tests and the CLI: no electron.',
    ),
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(
      ['**/renderer/**', 'react', 'dexie*'],
      'Main and preload never import renderer code.',
    ),
  },
  {
    files: ['src/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(
      [
        'electron',
        '**/renderer/**',
        '**/main/electron/**',
        '**/preload/**',
        'react',
        'react-*',
        'dexie*',
      ],
      'The command line runs in plain Node: no Electron, no renderer code.',
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only matters for the React Compiler, which this project does not use (TanStack Virtual).
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', '**/main/**', '**/preload/**', ...nodeBuiltins],
              message: 'The renderer reaches main only through the platform interface.',
            },
            {
              // vite.renderer.ts puts edition.desktop.ts in edition.ts's place in the desktop
              // build; an import of either edition's files would bring it into both bundles.
              group: [
                '**/platform/web',
                '**/platform/web-*',
                '**/platform/desktop',
                '**/platform/desktop-*',
                '**/platform/edition*',
                '*.desktop',
                '*.desktop.*',
              ],
              message:
                "Each edition's platform is chosen at build time: import platform (its index.ts), never an edition's own files.",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'test/**/*.{ts,mjs}',
      'bench/**/*.{ts,mjs}',
      'scripts/**/*.{ts,mjs}',
      'bin/**/*.{js,mjs,ts}',
      '*.config.{ts,js}',
      'vite.*.ts',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
)
