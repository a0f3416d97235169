/**
 * The node:test reporter, written as `.aibaas/reporter.mjs`. It is both preloaded (`--import`) and named as the
 * reporter (`--test-reporter`): the preload reads and deletes the marker file before any test file, and so the
 * answer, is imported, and the reporter instance is the same module. One marked JSON line per test:
 *   {"event":"test","name":"outer > inner","outcome":"passed"|"failed"|"error"|"skipped","message"?:...}
 * then {"event":"done"} when the runner has finished every test (a process.exit() in the answer prevents it).
 * Suites are not tests; a suite that fails by itself (not because of its tests) is reported as an error. Skipped and
 * todo tests are reported as skipped whatever their result.
 */
export const NODE_REPORTER = String.raw`
import { readFileSync, rmSync } from 'node:fs';

const MESSAGE_LIMIT = 2000;
const marker = readFileSync('.aibaas/nonce', 'utf8').trim();
rmSync('.aibaas/nonce', { force: true });
const line = (event) => marker + ' ' + JSON.stringify(event) + '\n';

function messageOf(error) {
  const cause = error && error.cause !== undefined ? error.cause : error;
  // An assertion's message says what differed; for anything else the stack says where it came from.
  const text = cause instanceof Error ? String(cause.code === 'ERR_ASSERTION' ? cause.message : cause.stack || cause.message) : String(cause);
  return text.length <= MESSAGE_LIMIT ? text : text.slice(0, MESSAGE_LIMIT) + '...';
}

function outcomeOf(type, data) {
  if (data.skip || data.todo) return 'skipped';
  if (type === 'test:pass') return 'passed';
  const cause = data.details && data.details.error && data.details.error.cause;
  return cause && cause.code === 'ERR_ASSERTION' ? 'failed' : 'error';
}

export default async function* aibaasReporter(source) {
  const names = [];
  for await (const event of source) {
    const data = event.data;
    if (event.type === 'test:start') {
      names.length = data.nesting;
      names[data.nesting] = data.name;
      continue;
    }
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const details = data.details || {};
    const error = details.error;
    if (details.type === 'suite' && (event.type === 'test:pass' || (error && error.failureType === 'subtestsFailed'))) continue;
    const name = names.slice(0, data.nesting).concat(data.name).join(' > ');
    const result = { event: 'test', name, outcome: outcomeOf(event.type, data) };
    if (event.type === 'test:fail' && error) result.message = messageOf(error);
    else if (data.skip || data.todo) result.message = typeof data.skip === 'string' ? data.skip : typeof data.todo === 'string' ? data.todo : 'skipped';
    yield line(result);
  }
  yield line({ event: 'done' });
}
`;

/**
 * The entry module (`.aibaas/entry.mjs`) that imports each compiled test file in this one process (so a
 * process.exit() in the answer ends the run before the reporter's `done`). A file that fails to import (the answer
 * threw at load time) becomes one failing test named after it.
 */
export function nodeEntry(testModules: readonly { name: string; specifier: string }[]): string {
  return [
    "import { after, test } from 'node:test';",
    '// A root hook starts the test harness, and so the reporter, even when the files declare no test at all.',
    'after(() => {});',
    `const files = ${JSON.stringify(testModules)};`,
    'for (const file of files) {',
    '  try {',
    '    await import(file.specifier);',
    '  } catch (error) {',
    "    test(file.name + ' (import)', () => { throw error; });",
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * The TypeScript run script (`.aibaas/run.sh`): type-check and compile with tsc, then run the compiled tests, in one
 * sandbox start. Arguments: node binary, heap limit in MiB, then the .ts files to compile. tsc's diagnostics go to
 * `.aibaas/tsc.log`, read back by the host; the script itself reports `compiled` or `compile_error`.
 */
export const TYPESCRIPT_RUN_SCRIPT = String.raw`
marker=$(cat .aibaas/nonce) || exit 90
node=$1
heap=$2
shift 2
"$node" --max-old-space-size="$heap" .aibaas/node_modules/typescript/lib/tsc.js --pretty false \
  --strict --noUncheckedIndexedAccess --target ES2022 --lib ES2023 --module NodeNext --moduleResolution NodeNext \
  --types node --typeRoots .aibaas/node_modules/@types --skipLibCheck --rootDir . --outDir out "$@" > .aibaas/tsc.log 2>&1
code=$?
if [ "$code" -ne 0 ]; then
  printf '%s {"event":"compile_error","exitCode":%d}\n' "$marker" "$code"
  exit 0
fi
printf '%s {"event":"compiled"}\n' "$marker"
exec "$node" --max-old-space-size="$heap" --import ./.aibaas/reporter.mjs --test-reporter=./.aibaas/reporter.mjs .aibaas/entry.mjs
`;

/**
 * Runs one TypeScript program (`aibaas exec`): type-checks and compiles it with the same options as task code, then
 * replaces itself with node running the compiled program. Arguments: node, heap MiB, the program file.
 */
export const TYPESCRIPT_PROGRAM_SCRIPT = String.raw`
marker=$(cat .aibaas/nonce) || exit 90
rm -f .aibaas/nonce
node=$1
heap=$2
program=$3
"$node" --max-old-space-size="$heap" .aibaas/node_modules/typescript/lib/tsc.js --pretty false \
  --strict --noUncheckedIndexedAccess --target ES2022 --lib ES2023 --module NodeNext --moduleResolution NodeNext \
  --types node --typeRoots .aibaas/node_modules/@types --skipLibCheck --rootDir . --outDir out "$program" > .aibaas/tsc.log 2>&1
code=$?
if [ "$code" -ne 0 ]; then
  printf '%s {"event":"compile_error","exitCode":%d}\n' "$marker" "$code"
  exit 0
fi
printf '%s {"event":"compiled"}\n' "$marker"
exec "$node" --max-old-space-size="$heap" "out/$(basename "$program" .ts).js"
`;
