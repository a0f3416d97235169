/**
 * The Python test harness, written into the work directory as `.aibaas/harness.py` for each run.
 *
 * Usage: `python3 -I -B .aibaas/harness.py <solution.py> <test files...>`. It reads the report marker from
 * `.aibaas/nonce` and deletes the file before importing anything of the answer, so the answer cannot read it. It
 * compiles the solution (a syntax error is a `compile_error` event), imports each test file, runs its unittest tests
 * with a result class that reports every test, and writes one marked JSON line per event on a private duplicate of
 * stdout (the answer may replace sys.stdout):
 *   {"event":"compiled"} | {"event":"compile_error","message":...}
 *   {"event":"test","name":...,"outcome":"passed"|"failed"|"error"|"skipped","message"?:...}
 *   {"event":"done"}   (only after every test file ran: a missing "done" means the run did not finish)
 * Expected failures are reported as skipped (they verify nothing), unexpected successes as failed.
 */
export const PYTHON_HARNESS = String.raw`
import importlib.util
import json
import os
import sys
import traceback
import unittest

MESSAGE_LIMIT = 2000
NONCE_FILE = os.path.join('.aibaas', 'nonce')


def make_emitter():
    with open(NONCE_FILE, encoding='utf-8') as handle:
        marker = handle.read().strip()
    os.remove(NONCE_FILE)
    report_fd = os.dup(1)

    def emit(event):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        data = (marker + ' ' + json.dumps(event) + '\n').encode('utf-8')
        while data:
            data = data[os.write(report_fd, data):]

    return emit


def clip(text):
    text = str(text)
    return text if len(text) <= MESSAGE_LIMIT else '...' + text[-MESSAGE_LIMIT:]


RANK = {'passed': 0, 'skipped': 1, 'failed': 2, 'error': 3}


class ReportingResult(unittest.TestResult):
    """Records one outcome per test method (the worst of its subtests) and emits it when the test stops."""

    def __init__(self, emit):
        super().__init__()
        self.emit = emit
        self.current = None

    def startTest(self, test):
        super().startTest(test)
        self.current = {'outcome': None, 'messages': []}

    def mark(self, test, outcome, message=None):
        if self.current is None:
            # Class and module fixtures (setUpClass...) fail outside any test.
            event = {'event': 'test', 'name': str(test), 'outcome': outcome}
            if message:
                event['message'] = clip(message)
            self.emit(event)
            return
        previous = self.current['outcome']
        if previous is None or RANK[outcome] > RANK[previous]:
            self.current['outcome'] = outcome
        if message:
            self.current['messages'].append(str(message))

    def stopTest(self, test):
        current, self.current = self.current, None
        if current is not None:
            outcome = current['outcome'] or 'error'
            messages = current['messages'] or ([] if current['outcome'] else ['the test reported no outcome'])
            event = {'event': 'test', 'name': test.id(), 'outcome': outcome}
            if messages:
                event['message'] = clip('\n'.join(messages))
            self.emit(event)
        super().stopTest(test)

    def addSuccess(self, test):
        super().addSuccess(test)
        self.mark(test, 'passed')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.mark(test, 'failed', self._exc_info_to_string(err, test))

    def addError(self, test, err):
        super().addError(test, err)
        self.mark(test, 'error', self._exc_info_to_string(err, test))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.mark(test, 'skipped', reason)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self.mark(test, 'skipped', 'expected failure')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self.mark(test, 'failed', 'unexpected success')

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            outcome = 'failed' if issubclass(err[0], test.failureException) else 'error'
            self.mark(test, outcome, subtest.id() + ': ' + self._exc_info_to_string(err, test))


def compile_solution(path, emit):
    try:
        with open(path, 'rb') as handle:
            source = handle.read()
        compile(source, path, 'exec', dont_inherit=True)
    except SyntaxError as error:
        emit({'event': 'compile_error', 'message': clip(''.join(traceback.format_exception_only(type(error), error)))})
        return False
    except (OSError, ValueError) as error:
        emit({'event': 'compile_error', 'message': clip('cannot read or compile %s: %s' % (path, error))})
        return False
    emit({'event': 'compiled'})
    return True


def load_tests(path):
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return unittest.defaultTestLoader.loadTestsFromModule(module)


def main():
    emit = make_emitter()
    solution, test_files = sys.argv[1], sys.argv[2:]
    if not compile_solution(solution, emit):
        return
    sys.path.insert(0, os.getcwd())
    result = ReportingResult(emit)
    for path in test_files:
        try:
            suite = load_tests(path)
        except BaseException as error:  # the solution may raise anything, SystemExit included, when imported
            if isinstance(error, KeyboardInterrupt):
                raise
            result.mark(path + ' (import)', 'error', clip(''.join(traceback.format_exception(error))))
            continue
        suite.run(result)
    emit({'event': 'done'})


main()
`;

/**
 * Runs one program (`aibaas exec`): compiles it first so a syntax error is reported as `compile_error`, then
 * replaces itself with the interpreter running the program, so stdin, exit code and signals are the program's own.
 * Arguments: the interpreter and the program file.
 */
export const PYTHON_PROGRAM_SCRIPT = String.raw`
marker=$(cat .aibaas/nonce) || exit 90
rm -f .aibaas/nonce
python=$1
program=$2
"$python" -I -B -c 'import sys; compile(open(sys.argv[1], "rb").read(), sys.argv[1], "exec")' "$program" \
  > .aibaas/compile.log 2>&1
code=$?
if [ "$code" -ne 0 ]; then
  printf '%s {"event":"compile_error","exitCode":%d}\n' "$marker" "$code"
  exit 0
fi
printf '%s {"event":"compiled"}\n' "$marker"
exec "$python" -I -B "$program"
`;
