import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Language } from '../src/core/index.js';
import { CSHARP_RUNNER, CSHARP_XUNIT } from '../src/sandbox/harness/csharp-harness.js';
import { javaHarnessFiles } from '../src/sandbox/harness/java-harness.js';
import { rustCrateRoot } from '../src/sandbox/harness/rust-harness.js';
import { DEFAULT_LIMITS } from '../src/sandbox/limits.js';
import { javacFlags, jvmFlags } from '../src/sandbox/toolchains/java.js';

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
  bareCommands(context: BareContext): BareCommand[];
  /** Extra environment of the bare commands (the base is PATH, HOME, LANG and TMPDIR). */
  bareEnv?(context: BareContext): Record<string, string>;
  /** Runs once before the first bare run (e.g. builds a seed cache like the one the toolchain binds in). */
  setUp?(): Promise<void>;
}

/** A command line, or one with text fed on its stdin (otherwise stdin is empty). */
export type BareCommand = string[] | { argv: string[]; stdin: string };

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
  {
    language: 'ruby',
    solutionFile: 'solution.rb',
    testFiles: ['test_solution.rb'],
    // The sandbox runs its minitest reporter harness; bare is the test file with minitest/autorun.
    bareCommands: () => [['/usr/bin/ruby', 'test_solution.rb']],
  },
  {
    language: 'rust',
    solutionFile: 'solution.rs',
    testFiles: ['tests.rs'],
    bareFiles: [{ name: 'crate.rs', content: rustCrateRoot('solution.rs', ['tests.rs']).replaceAll('../', '') }],
    // The toolchain's rustc flags; bare runs the test binary once (the sandbox's harness runs each test in its own
    // process of it, so an answer's test cannot forge another's outcome).
    bareCommands: () => [
      ['/usr/bin/rustc', '--edition', '2021', '--test', '--crate-name', 'solution', '-C', 'opt-level=1', '-C', 'debuginfo=0', '-C', 'strip=debuginfo', '--cap-lints', 'warn', '-o', 'tests', 'crate.rs'],
      ['./tests', '--test-threads=1'],
    ],
  },
  {
    language: 'java',
    solutionFile: 'Solution.java',
    testFiles: ['SolutionTest.java'],
    // The toolchain's harness API and runner, compiled and run with the same flags (the runner reads its report
    // marker from stdin, as in the sandbox).
    bareFiles: javaHarnessFiles('harness'),
    bareCommands: () => {
      const limits = DEFAULT_LIMITS;
      const harness = javaHarnessFiles('harness').map((file) => file.name);
      return [
        ['/usr/bin/javac', ...javacFlags(limits), '-encoding', 'UTF-8', '-nowarn', '-d', 'classes', 'Solution.java', 'SolutionTest.java', ...harness],
        { argv: ['/usr/bin/java', ...jvmFlags(limits), '-cp', 'classes', 'HarnessMain', 'SolutionTest'], stdin: 'bench-marker\n' },
      ];
    },
  },
  {
    language: 'csharp',
    solutionFile: 'Solution.cs',
    testFiles: ['SolutionTests.cs'],
    bareFiles: [{ name: 'Xunit.cs', content: CSHARP_XUNIT }, { name: 'Runner.cs', content: CSHARP_RUNNER }],
    // mcs and mono with the toolchain's flags and heap cap; the runner reads its report marker from stdin.
    bareEnv: () => ({ MONO_GC_PARAMS: `max-heap-size=${Math.floor((DEFAULT_LIMITS.memoryBytes * 0.75) / (1024 * 1024))}m` }),
    bareCommands: () => [
      ['/usr/bin/mcs', '-nologo', '-debug-', '-optimize+', '-target:exe', '-main:AibaasHarness.Runner', '-out:tests.exe', '-r:System.dll', '-r:System.Core.dll', '-r:System.Numerics.dll', 'Solution.cs', 'SolutionTests.cs', 'Xunit.cs', 'Runner.cs'],
      { argv: ['/usr/bin/mono', 'tests.exe'], stdin: 'bench-marker\n' },
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
