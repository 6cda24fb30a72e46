// @ts-check
// Lint for Sổ Hội. Besides the usual hygiene, this file is where the architecture's boundaries
// (docs/architecture.md, "Layout") become build errors: each folder's block lists what it may
// never import, in every form (`import`, `import type`, `export … from`, `require()`,
// `import()`, `import x = require()`, `typeof import()`). tests/lint/boundaries.test.ts proves
// each boundary fires.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig, globalIgnores } from 'eslint/config';

// ---------------------------------------------------------------------------------------------
// Forbidden module groups: one regular expression over the import string each.
// ---------------------------------------------------------------------------------------------

const builtinNames = [...new Set(builtinModules.map((name) => name.split('/')[0]))].join('|');

const NODE_BUILTINS = `^(node:.*|(${builtinNames})(/.*)?)$`;
const ELECTRON = '^electron(/.*)?$';
const UI_LIBRARIES = '^((react|react-dom|react-router)(/.*)?|@(mantine|tabler|tanstack|testing-library)/.*)$';
const DATABASE_LIBRARIES = '^(better-sqlite3|drizzle-orm|drizzle-kit)(/.*)?$';
/** Relative paths that climb into a top-level folder (or an electron/ subfolder) by name. */
const relativeInto = (/** @type {string[]} */ folders) => `^(\\.\\./)+(${folders.join('|')})(/.*)?$`;

/**
 * @typedef {{ regex: string, why: string, importNames?: string[] }} Restriction
 *   `importNames`: forbid only these named imports (and no require/import() selectors).
 * @param {string} name the boundary, as a developer would look it up in architecture.md
 * @param {string[]} files
 * @param {Restriction[]} restrictions
 * @param {import('eslint').Linter.RulesRecord} [extraRules]
 * @returns {import('eslint').Linter.Config}
 */
function boundary(name, files, restrictions, extraRules = {}) {
  const message = (/** @type {string} */ why) => `[boundary ${name}] ${why}`;
  // esquery regex literals end at the first '/', so spell it \x2F inside selectors.
  const selectorsFor = (/** @type {string} */ regex) => {
    const re = `/${regex.replaceAll('/', '\\x2F')}/`;
    return [
      `ImportExpression[source.value=${re}]`,
      `ImportExpression[source.quasis.0.value.cooked=${re}]`,
      `CallExpression[callee.name='require'][arguments.0.value=${re}]`,
      `CallExpression[callee.name='require'][arguments.0.quasis.0.value.cooked=${re}]`,
      // `typeof import('…')` in a type. (`import x = require('…')` is no-restricted-imports' own.)
      `TSImportType[source.value=${re}]`,
    ];
  };
  return {
    name: `boundary ${name}`,
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: restrictions.map(({ regex, why, importNames }) => ({ regex, ...(importNames && { importNames }), message: message(why) })) },
      ],
      'no-restricted-syntax': [
        'error',
        ...restrictions
          .filter(({ importNames }) => !importNames)
          .flatMap(({ regex, why }) => selectorsFor(regex).map((selector) => ({ selector, message: message(why) }))),
      ],
      ...extraRules,
    },
  };
}

const WHY = {
  electronOnlyInShell:
    "only electron/main and electron/preload may import 'electron': everything else must run under plain Node " +
    '(the browser host, unit tests), where requiring electron tries to download its binary and fails.',
  noUiOutsideRenderer: 'React and the UI kit belong to renderer/ only.',
  noProcessEnv: 'the core never reads process.env: configuration comes in as deps of createCore().',
  noRendererSource: 'renderer/ is a separate bundle that talks to the core through invoke() only; do not import its source.',
};

// ---------------------------------------------------------------------------------------------

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'out/',
    'release/',
    'coverage/',
    '.data/',
    'db/migrations/',
    'tests/artifacts/',
    'test-results/',
    'playwright-report/',
    // Linted by tests/lint/boundaries.test.ts only, each under a virtual path.
    'tests/fixtures/lint/',
  ]),

  {
    name: 'no escape hatches in the application source',
    files: ['shared/**', 'db/**', 'electron/**', 'renderer/**'],
    // An inline `eslint-disable` would turn a machine-checked boundary back into a reviewed one.
    linterOptions: { noInlineConfig: true },
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'project rules',
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // No case data may ever reach a log: the core logs through its narrow Logger only.
      'no-console': 'error',
    },
  },

  // --- environments ------------------------------------------------------------------------
  { name: 'node globals', files: ['*.{js,ts}', 'db/**', 'electron/**', 'build/**', 'tests/**'], languageOptions: { globals: globals.node } },
  { name: 'browser globals', files: ['renderer/**', 'electron/preload/**', 'tests/**'], languageOptions: { globals: globals.browser } },
  // shared/ runs on both sides: ES globals only.

  {
    // The two type-aware rules that catch real bugs here (a promise nobody awaits or catches; an
    // async handler where React expects void). Type information costs about half a minute of lint
    // time; the whole recommendedTypeChecked set would cost the same and mostly flag style.
    name: 'promises (type-aware)',
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'db/**/*.ts'],
    // tests/lint/boundaries.test.ts lints virtual files that no tsconfig holds.
    ignores: ['**/__lint_fixture__.*'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error', '@typescript-eslint/no-misused-promises': 'error' },
  },
  {
    name: 'react hooks',
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // TanStack Virtual's hook returns fresh functions on every render, so the React Compiler would
    // skip memoising the one component that calls it. We do not run the compiler (plain
    // @vitejs/plugin-react), and nothing memoised receives those functions: the notice is moot.
    name: 'react hooks: the virtual table',
    files: ['renderer/src/components/VirtualTable.tsx'],
    rules: { 'react-hooks/incompatible-library': 'off' },
  },

  // --- boundaries (docs/architecture.md, "Layout") -----------------------------------------
  // Keep the `files` of these blocks disjoint: a later block's no-restricted-imports/-syntax
  // would replace an earlier one's for the same file, not add to it.
  boundary('shared/', ['shared/**'], [
    { regex: NODE_BUILTINS, why: 'shared/ is pure TypeScript that also runs in the renderer, where Node builtins do not exist.' },
    { regex: ELECTRON, why: `shared/ is pure TypeScript; ${WHY.electronOnlyInShell}` },
    { regex: UI_LIBRARIES, why: `shared/ is pure TypeScript used by both sides; ${WHY.noUiOutsideRenderer}` },
    { regex: DATABASE_LIBRARIES, why: 'shared/ also runs in the renderer; the database drivers belong to db/.' },
    { regex: relativeInto(['db', 'electron', 'renderer', 'tests', 'build']), why: 'shared/ depends on nothing else in the repo; the other folders depend on it.' },
  ]),

  boundary('db/', ['db/**'], [
    { regex: ELECTRON, why: WHY.electronOnlyInShell },
    { regex: UI_LIBRARIES, why: WHY.noUiOutsideRenderer },
    { regex: relativeInto(['renderer']), why: WHY.noRendererSource },
    { regex: relativeInto(['electron']), why: 'db/ sits below the core: electron/core imports db/, never the other way round.' },
  ]),

  boundary(
    'electron/core/',
    ['electron/core/**'],
    [
      { regex: ELECTRON, why: `the core is plain Node; ${WHY.electronOnlyInShell}` },
      { regex: UI_LIBRARIES, why: WHY.noUiOutsideRenderer },
      { regex: relativeInto(['renderer']), why: WHY.noRendererSource },
      {
        regex: relativeInto(['host-http', 'main', 'preload', 'electron/host-http', 'electron/main', 'electron/preload']),
        why: 'the hosts (electron/main, electron/host-http) depend on the core, never the reverse: take what you need as a dep of createCore().',
      },
      { regex: '^(node:)?process$', importNames: ['env'], why: WHY.noProcessEnv },
    ],
    {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: `[boundary electron/core/] ${WHY.noProcessEnv}`,
        },
      ],
    },
  ),

  boundary('electron/host-http/', ['electron/host-http/**'], [
    { regex: ELECTRON, why: `the browser host runs under plain Node; ${WHY.electronOnlyInShell}` },
    { regex: UI_LIBRARIES, why: `${WHY.noUiOutsideRenderer} The host serves the built renderer from dist/.` },
    { regex: relativeInto(['renderer']), why: `${WHY.noRendererSource} The host serves the built renderer from dist/.` },
  ]),

  // The shell: may import 'electron' (nothing else may), but not the UI.
  boundary('electron/main/ and electron/preload/', ['electron/main/**', 'electron/preload/**'], [
    { regex: UI_LIBRARIES, why: WHY.noUiOutsideRenderer },
    { regex: relativeInto(['renderer']), why: `${WHY.noRendererSource} The shell loads the built renderer over app://.` },
  ]),

  boundary('renderer/', ['renderer/**'], [
    { regex: NODE_BUILTINS, why: 'the renderer is a sandboxed web page: no Node builtins. Ask the core through api.invoke().' },
    { regex: ELECTRON, why: `the renderer reaches the shell only through window.bridge (preload); ${WHY.electronOnlyInShell}` },
    { regex: DATABASE_LIBRARIES, why: 'the renderer never touches the database: ask the core through api.invoke().' },
    { regex: relativeInto(['db', 'electron']), why: 'the renderer may import shared/ only; db/ and electron/ run in another process.' },
  ]),

  // tests/** and build/** may import anything.

  // --- local exceptions ----------------------------------------------------------------------
  { name: 'build scripts may print', files: ['build/scripts/**'], rules: { 'no-console': 'off' } },
  {
    name: 'playwright fixtures',
    files: ['tests/e2e/**'],
    // Playwright's fixture parser requires `async ({}, use) =>`.
    rules: { 'no-empty-pattern': 'off' },
  },
]);
