import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The layer rules of ARCHITECTURE §1, enforced: renderer -> shared; electron/{main,server,cli}
// -> electron/core -> shared; shared imports nothing of ours but shared; only main and preload
// may import electron.
const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'http',
  'url',
]
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
})

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'tests/e2e/artifacts/**',
      'test-results/**',
      '.desktop-native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-console': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // expect.any() and friends are typed `any` by design.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [
        ...nodeBuiltins,
        'electron',
        'better-sqlite3',
        'react',
        'react-dom',
        '**/electron/**',
        '**/renderer/**',
      ],
      'shared/ is pure TypeScript for both sides: no Node, no DOM libraries, nothing outside shared/.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...nodeBuiltins, 'electron', 'better-sqlite3', '**/electron/**'],
        'The renderer talks to the core only through renderer/src/api (window.api or HTTP).',
      ),
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrict(
      ['electron', '**/main/**', '**/server/**', '**/cli/**', '**/preload/**', '**/renderer/**'],
      'The core never imports electron or a door: doors import the core, not the other way.',
    ),
  },
  {
    files: ['electron/server/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict(
      ['electron', '**/main/**', '**/preload/**', '**/renderer/**'],
      'The HTTP door and the CLI run in plain Node: no electron, no other door.',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(
      [
        '**/core/**',
        '**/server/**',
        '**/cli/**',
        '**/main/**',
        'zod',
        '**/shared/api/contract*',
        'better-sqlite3',
      ],
      'The sandboxed preload may import only electron and shared/api/method-names.',
    ),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict(
      ['**/server/**', '**/preload/**', '**/renderer/**'],
      'The main process binds IPC to the core; it does not import other doors.',
    ),
  },
)
