import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The architecture's boundaries (docs/architecture.md, "Layout") are lint errors set in
// eslint.config.js. Each fixture in tests/fixtures/lint/ is linted as if it lived at a virtual
// path inside a folder, so the real config applies: FORBIDDEN cases must raise the named rule
// with the boundary's message, ALLOWED cases must come out clean (so a config that forbids
// everything fails too).

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixturesDir = new URL('../fixtures/lint/', import.meta.url);

/** Where a fixture is pretended to live, and the boundary name its messages carry. */
const at = {
  core: { path: 'electron/core/__lint_fixture__.ts', boundary: 'electron/core/' },
  hostHttp: { path: 'electron/host-http/__lint_fixture__.ts', boundary: 'electron/host-http/' },
  db: { path: 'db/__lint_fixture__.ts', boundary: 'db/' },
  shared: { path: 'shared/__lint_fixture__.ts', boundary: 'shared/' },
  renderer: { path: 'renderer/src/__lint_fixture__.ts', boundary: 'renderer/' },
  main: { path: 'electron/main/__lint_fixture__.ts', boundary: 'electron/main/ and electron/preload/' },
  preload: { path: 'electron/preload/__lint_fixture__.ts', boundary: 'electron/main/ and electron/preload/' },
  tests: { path: 'tests/unit/__lint_fixture__.ts', boundary: null },
  build: { path: 'build/__lint_fixture__.ts', boundary: null },
} as const;
type Place = keyof typeof at;

type BoundaryRule = 'no-restricted-imports' | 'no-restricted-syntax' | 'no-restricted-properties';

interface ForbiddenCase {
  fixture: string;
  place: Place;
  rule: BoundaryRule;
}

/** The five folders that must never see electron, and how each form is caught. */
const noElectron: Place[] = ['core', 'hostHttp', 'db', 'shared', 'renderer'];
const electronForms: Array<[fixture: string, rule: BoundaryRule]> = [
  ['electron-import.ts', 'no-restricted-imports'],
  ['electron-import-type.ts', 'no-restricted-imports'],
  ['electron-export-from.ts', 'no-restricted-imports'],
  ['electron-import-equals.ts', 'no-restricted-imports'],
  ['electron-inline-disable.ts', 'no-restricted-imports'],
  ['electron-require.ts', 'no-restricted-syntax'],
  ['electron-require-subpath.ts', 'no-restricted-syntax'],
  ['electron-dynamic-import.ts', 'no-restricted-syntax'],
  ['electron-typeof-import.ts', 'no-restricted-syntax'],
];

const forbidden: ForbiddenCase[] = [
  ...noElectron.flatMap((place) => electronForms.map(([fixture, rule]) => ({ fixture, place, rule }))),

  // shared/: pure TypeScript, runs on both sides.
  { fixture: 'node-fs-import.ts', place: 'shared', rule: 'no-restricted-imports' },
  { fixture: 'bare-fs-promises-import.ts', place: 'shared', rule: 'no-restricted-imports' },
  { fixture: 'bare-crypto-require.ts', place: 'shared', rule: 'no-restricted-syntax' },
  { fixture: 'node-dynamic-import.ts', place: 'shared', rule: 'no-restricted-syntax' },
  { fixture: 'react-import.ts', place: 'shared', rule: 'no-restricted-imports' },
  { fixture: 'better-sqlite3-import.ts', place: 'shared', rule: 'no-restricted-imports' },
  { fixture: 'drizzle-import.ts', place: 'shared', rule: 'no-restricted-imports' },
  { fixture: 'shared-to-db.ts', place: 'shared', rule: 'no-restricted-imports' },

  // renderer/: a web page that reaches the core through invoke() only.
  { fixture: 'node-path-import.ts', place: 'renderer', rule: 'no-restricted-imports' },
  { fixture: 'bare-fs-promises-import.ts', place: 'renderer', rule: 'no-restricted-imports' },
  { fixture: 'node-dynamic-import.ts', place: 'renderer', rule: 'no-restricted-syntax' },
  { fixture: 'better-sqlite3-import.ts', place: 'renderer', rule: 'no-restricted-imports' },
  { fixture: 'drizzle-import.ts', place: 'renderer', rule: 'no-restricted-imports' },
  { fixture: 'renderer-to-db.ts', place: 'renderer', rule: 'no-restricted-imports' },
  { fixture: 'renderer-to-electron.ts', place: 'renderer', rule: 'no-restricted-imports' },

  // electron/core/: below the hosts, configured through deps.
  { fixture: 'core-to-host-http.ts', place: 'core', rule: 'no-restricted-imports' },
  { fixture: 'core-to-main.ts', place: 'core', rule: 'no-restricted-imports' },
  { fixture: 'process-env-read.ts', place: 'core', rule: 'no-restricted-properties' },
  { fixture: 'process-env-destructure.ts', place: 'core', rule: 'no-restricted-properties' },
  { fixture: 'process-env-import.ts', place: 'core', rule: 'no-restricted-imports' },

  // No React, no renderer source outside renderer/.
  { fixture: 'react-import.ts', place: 'core', rule: 'no-restricted-imports' },
  { fixture: 'react-import.ts', place: 'hostHttp', rule: 'no-restricted-imports' },
  { fixture: 'react-import.ts', place: 'db', rule: 'no-restricted-imports' },
  { fixture: 'react-import.ts', place: 'main', rule: 'no-restricted-imports' },
  { fixture: 'electron-to-renderer.ts', place: 'core', rule: 'no-restricted-imports' },
  { fixture: 'electron-to-renderer.ts', place: 'hostHttp', rule: 'no-restricted-imports' },
  { fixture: 'electron-to-renderer.ts', place: 'main', rule: 'no-restricted-imports' },
  { fixture: 'db-to-renderer.ts', place: 'db', rule: 'no-restricted-imports' },
  { fixture: 'db-to-electron.ts', place: 'db', rule: 'no-restricted-imports' },
];

/** Must lint clean: each one is a neighbour of a forbidden case. */
const allowed: Array<{ fixture: string; place: Place; why: string }> = [
  { fixture: 'electron-import.ts', place: 'main', why: 'the shell imports electron' },
  { fixture: 'electron-import-type.ts', place: 'main', why: 'the shell imports electron types' },
  { fixture: 'electron-dynamic-import.ts', place: 'main', why: 'the shell may load electron lazily' },
  { fixture: 'electron-import.ts', place: 'preload', why: 'the preload imports electron' },
  { fixture: 'electron-import.ts', place: 'tests', why: 'tests may import anything' },
  { fixture: 'react-import.ts', place: 'tests', why: 'tests may import anything' },
  { fixture: 'node-fs-import.ts', place: 'build', why: 'build config runs under Node' },
  { fixture: 'core-to-shared-contract.ts', place: 'core', why: 'the core uses the shared contract' },
  { fixture: 'core-to-db-client.ts', place: 'core', why: 'the core uses db/' },
  { fixture: 'node-fs-import.ts', place: 'core', why: 'the core is plain Node' },
  { fixture: 'node-fs-import.ts', place: 'hostHttp', why: 'the browser host is plain Node' },
  { fixture: 'node-fs-import.ts', place: 'db', why: 'db/ is plain Node' },
  { fixture: 'better-sqlite3-import.ts', place: 'db', why: 'db/ owns the driver' },
  { fixture: 'zod-import.ts', place: 'shared', why: 'shared schemas use zod' },
  { fixture: 'react-import.ts', place: 'renderer', why: 'the renderer is React' },
  { fixture: 'renderer-to-shared-events.ts', place: 'renderer', why: "'../../shared/events' is not the 'events' builtin" },
];

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

function fixture(name: string): string {
  return readFileSync(new URL(name, fixturesDir), 'utf8');
}

async function lintAt(name: string, place: Place): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(fixture(name), { filePath: at[place].path, warnIgnored: true });
  if (!result) throw new Error(`no lint result for ${name}`);
  return result.messages;
}

const describeMessages = (messages: Linter.LintMessage[]) => messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? '(none)'} ${m.message}`);

describe('boundaries: forbidden imports are lint errors', () => {
  it.each(forbidden.map((c) => [c.place, c.fixture, c.rule, c] as const))('%s: %s → %s', async (_place, _fixture, _rule, { fixture: name, place, rule }) => {
    const messages = await lintAt(name, place);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    const hits = messages.filter((m) => m.ruleId === rule && m.severity === 2);
    expect(hits, describeMessages(messages).join('\n')).not.toHaveLength(0);
    // Every hit says which boundary was crossed, so the developer knows where to look.
    for (const hit of hits) expect(hit.message).toContain(`[boundary ${at[place].boundary}]`);
  });
});

describe('boundaries: allowed imports lint clean', () => {
  it.each(allowed.map((c) => [c.place, c.fixture, c.why, c] as const))('%s: %s (%s)', async (_place, _fixture, _why, { fixture: name, place }) => {
    const messages = await lintAt(name, place);
    expect(describeMessages(messages)).toEqual([]);
  });
});

describe('boundaries: the fixtures themselves', () => {
  it('are ignored by the real lint run (they only make sense at their virtual paths)', async () => {
    expect(await eslint.isPathIgnored('tests/fixtures/lint/electron-import.ts')).toBe(true);
  });

  it('are the virtual paths linted, not ignored', async () => {
    for (const { path } of Object.values(at)) expect(await eslint.isPathIgnored(path), path).toBe(false);
  });

  it('each file is used by the tables, and each table entry exists', () => {
    const files = readdirSync(fixturesDir).filter((name) => name.endsWith('.ts')).sort();
    const used = new Set([...forbidden, ...allowed].map((c) => c.fixture));
    expect([...used].sort()).toEqual(files);
  });
});
