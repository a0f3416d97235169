/**
 * The Go test script, written as `.aibaas/run.sh`. It reads the report marker from `.aibaas/nonce` and deletes the
 * file before any code of the answer is built or run; the marker then lives only in this shell's memory (never on a
 * command line, which other processes of the sandbox could read in /proc). It compiles the package in the work
 * directory with `go test -c` (GOPATH mode, no modules, no network; diagnostics go to `.aibaas/build.log`, read back
 * by the host), reports `{"event":"compiled"}` or `{"event":"compile_error"}`, then runs the test binary under
 * `go tool test2json` and prefixes each of test2json's JSON events with the marker. The host turns those events into
 * per-test results (see toolchains/go.ts), and a final `{"event":"ended"}` when test2json has exited (a panic ends the
 * test binary without test2json's package event).
 *
 * Forgery: everything the answer writes to stdout or stderr goes through test2json, which wraps it in an `output`
 * event, so a printed fake event is just output. A residual risk remains: a process of the same uid can open another
 * one's pipes under /proc/<pid>/fd and write events there directly; the Python harness has the same exposure (the
 * answer runs in the harness's own process).
 */
export const GO_TEST_SCRIPT = String.raw`
marker=$(cat .aibaas/nonce) || exit 90
rm -f .aibaas/nonce
# A seed build cache (standard library packages), when the host bound one: a cold cache makes builds ~2 s slower.
if [ -d .aibaas/go-seed ]; then cp -R .aibaas/go-seed /tmp/go-cache 2>/dev/null && chmod -R u+w /tmp/go-cache; fi
go test -c -o .aibaas/solution.test . < /dev/null > .aibaas/build.log 2>&1
code=$?
if [ "$code" -ne 0 ] || [ ! -x .aibaas/solution.test ]; then
  printf '%s {"event":"compile_error","exitCode":%d}\n' "$marker" "$code"
  exit 0
fi
printf '%s {"event":"compiled"}\n' "$marker"
# -test.paniconexit0: an os.Exit(0) during the tests is a failure, not a silent early end.
go tool test2json -p solution .aibaas/solution.test -test.v -test.paniconexit0 -test.timeout=0 < /dev/null 2>&1 |
  while IFS= read -r line; do printf '%s %s\n' "$marker" "$line"; done
printf '%s {"event":"ended"}\n' "$marker"
`;

/**
 * The Go program script (`.aibaas/run.sh`): builds the program given as the argument, then replaces itself with it
 * (so the program's exit status and stdin are the execution's). Build diagnostics go to `.aibaas/build.log`.
 */
export const GO_PROGRAM_SCRIPT = String.raw`
marker=$(cat .aibaas/nonce) || exit 90
rm -f .aibaas/nonce
# A seed build cache (standard library packages), when the host bound one: a cold cache makes builds ~2 s slower.
if [ -d .aibaas/go-seed ]; then cp -R .aibaas/go-seed /tmp/go-cache 2>/dev/null && chmod -R u+w /tmp/go-cache; fi
go build -o .aibaas/program "$1" < /dev/null > .aibaas/build.log 2>&1
code=$?
if [ "$code" -ne 0 ]; then
  printf '%s {"event":"compile_error","exitCode":%d}\n' "$marker" "$code"
  exit 0
fi
printf '%s {"event":"compiled"}\n' "$marker"
exec .aibaas/program
`;
