import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Language } from '../src/core/index.js';

/** What the bare (unsandboxed) commands of a language may need to know. */
export interface BareContext {
  /** The temp directory holding the fixture's files (the commands run there). */
  dir: string;
}

/**
 * One language of the sandbox benchmark: its fixture (bench/fixtures/<language>/) in the layout its toolchain expects,
 * and the same compile and test commands run bare, without the sandbox. Adding a language is adding one entry.
 */
export interface LanguageBench {
  language: Language;
  /** The solution file in the fixture directory; it is the `solutionFile` of the run. */
  solutionFile: string;
  /** The test files in the fixture directory. */
  testFiles: string[];
  /** Extra files the bare commands need (the toolchain writes its own equivalents inside the sandbox). */
  bareFiles?: { name: string; content: string }[];
  /** The bare commands, run one after the other in the fixture's temp directory; each must exit 0. */
  bareCommands(context: BareContext): string[][];
  /** Extra environment of the bare commands (the base is PATH, HOME, LANG and TMPDIR). */
  bareEnv?(context: BareContext): Record<string, string>;
  /** Runs once before the first bare run (e.g. builds a seed cache like the one the toolchain binds in). */
  setUp?(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** The interpreter the Python toolchain uses by default. */
const PYTHON = '/usr/bin/python3';

export const LANGUAGE_BENCHES: readonly LanguageBench[] = [
  {
    language: 'python',
    solutionFile: 'solution.py',
    testFiles: ['test_solution.py'],
    // The sandbox runs `python3 -I -B .aibaas/harness.py solution.py test_solution.py`; bare is plain unittest.
    bareCommands: () => [[PYTHON, '-B', '-m', 'unittest', 'test_solution']],
  },
  {
    language: 'typescript',
    solutionFile: 'solution.ts',
    testFiles: ['solution.test.ts'],
    bareFiles: [{ name: 'package.json', content: '{ "type": "module" }\n' }],
    // The same tsc flags as the toolchain's run script, then the compiled tests in one node process, as its harness
    // does (`node --test` would add a second node start per file).
    bareCommands: () => [
      [
        process.execPath,
        require.resolve('typescript/lib/tsc.js'),
        '--pretty', 'false', '--strict', '--noUncheckedIndexedAccess', '--target', 'ES2022', '--lib', 'ES2023',
        '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--types', 'node',
        '--typeRoots', path.dirname(path.dirname(require.resolve('@types/node/package.json'))),
        '--skipLibCheck', '--rootDir', '.', '--outDir', 'out', 'solution.ts', 'solution.test.ts',
      ],
      [process.execPath, 'out/solution.test.js'],
    ],
  },
  {
    language: 'go',
    solutionFile: 'solution.go',
    testFiles: ['solution_test.go'],
    setUp: buildGoSeed,
    // As the toolchain's run script: a fresh build cache copied from a standard-library seed, `go test -c`, then the
    // test binary under test2json.
    bareEnv: ({ dir }) => ({ ...GO_ENV, GOCACHE: path.join(dir, '.go-cache'), GOPATH: path.join(dir, '.go-path'), GOTMPDIR: dir }),
    bareCommands: ({ dir }) => [
      ['cp', '-R', goSeed.cache, path.join(dir, '.go-cache')],
      [GO, 'test', '-c', '-o', 'solution.test', '.'],
      [GO, 'tool', 'test2json', '-p', 'solution', './solution.test', '-test.v', '-test.paniconexit0', '-test.timeout=0'],
    ],
  },
];

const GO = '/usr/bin/go';
const GO_ENV = { GO111MODULE: 'off', GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '', CGO_ENABLED: '0', GOTELEMETRY: 'off' };
const goSeed = { cache: '' };

/** A build cache with the standard library packages tests use, like the Go toolchain's seed; removed at exit. */
async function buildGoSeed(): Promise<void> {
  if (goSeed.cache !== '') return;
  const dir = await mkdtemp(path.join(tmpdir(), 'aibaas-bench-go-seed-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const pkg = path.join(dir, 'pkg');
  await mkdir(pkg);
  await writeFile(path.join(pkg, 'seed.go'), 'package seed\n\nimport (\n\t"errors"\n\t"fmt"\n\t"math"\n\t"sort"\n\t"strconv"\n\t"strings"\n)\n\nvar _ = []interface{}{errors.New, fmt.Sprint, math.Abs, sort.Ints, strconv.Itoa, strings.Fields}\n');
  await writeFile(path.join(pkg, 'seed_test.go'), 'package seed\n\nimport "testing"\n\nfunc TestSeed(t *testing.T) {}\n');
  const cache = path.join(dir, 'cache');
  const env = { ...GO_ENV, PATH: '/usr/bin:/bin', HOME: dir, GOCACHE: cache, GOPATH: path.join(dir, 'gopath'), GOTMPDIR: dir };
  await new Promise<void>((resolve, reject) => {
    execFile(GO, ['test', '-c', '-o', path.join(dir, 'seed.test'), '.'], { cwd: pkg, env, timeout: 120_000 }, (error) => (error ? reject(error) : resolve()));
  });
  goSeed.cache = cache;
}
