/**
 * The Ruby test harness, written into the work directory as `.aibaas/harness.rb` for each run.
 *
 * Usage: `ruby --disable-gems -I <minitest lib> .aibaas/harness.rb <solution.rb> <test files...>` (gems disabled for a
 * ~4x faster start; minitest, a bundled gem, is put on the load path directly). It reads the report marker from
 * `.aibaas/nonce` and deletes the file before loading anything of the answer, syntax-checks the solution (what
 * `ruby -c` does: a `compile_error` event with the message), requires minitest with `Minitest.autorun` disabled (a
 * test file's `require 'minitest/autorun'` would otherwise run everything again at exit), loads each test file, runs
 * every Minitest class through a reporter that emits one marked JSON line per test on a private duplicate of stdout:
 *   {"event":"compiled"} | {"event":"compile_error","message":...}
 *   {"event":"test","name":"Class#test_x","outcome":"passed"|"failed"|"error"|"skipped","message"?:...}
 *   {"event":"done"}   (only after every test ran: a missing "done" means the run did not finish)
 * JSON is written by the harness's own encoder, bound before the answer loads (an answer that redefines JSON or
 * String#to_json cannot change it). As with Python, the answer runs in the harness's process, so code that goes
 * looking for the report descriptor could still write to it; the marker itself is never on disk or a command line.
 */
export const RUBY_HARNESS = String.raw`
MESSAGE_LIMIT = 2000
marker = File.read(File.join('.aibaas', 'nonce')).strip
File.delete(File.join('.aibaas', 'nonce'))
REPORT_IO = STDOUT.dup
REPORT_IO.sync = true

module AibaasReport
  ESCAPES = { '"' => '\\"', '\\' => '\\\\', "\n" => '\\n', "\r" => '\\r', "\t" => '\\t' }.freeze

  def self.string(text)
    text = text.to_s.dup.force_encoding(Encoding::UTF_8).scrub('?')
    '"' + text.gsub(/["\\\x00-\x1f\u2028\u2029]/) { |c| ESCAPES[c] || format('\\u%04x', c.ord) } + '"'
  end

  def self.clip(text)
    text = text.to_s
    text.length <= MESSAGE_LIMIT ? text : '...' + text[-MESSAGE_LIMIT..]
  end
end

AIBAAS_EMIT = lambda do |event|
  [$stdout, $stderr].each { |stream| stream.flush rescue nil }
  body = event.map { |key, value| AibaasReport.string(key) + ':' + AibaasReport.string(value) }.join(',')
  REPORT_IO.write(marker + ' {' + body + "}\n")
end
marker.freeze

solution, *test_files = ARGV

begin
  RubyVM::InstructionSequence.compile_file(solution)
rescue SyntaxError => error
  AIBAAS_EMIT.call('event' => 'compile_error', 'message' => AibaasReport.clip(error.message))
  exit 0
rescue SystemCallError, ScriptError => error
  AIBAAS_EMIT.call('event' => 'compile_error', 'message' => AibaasReport.clip("cannot read #{solution}: #{error.message}"))
  exit 0
end
AIBAAS_EMIT.call('event' => 'compiled')

ENV['MT_CPU'] = '2'
require 'stringio'
require 'minitest'
module Minitest
  def self.autorun; end
end

class AibaasReporter < Minitest::AbstractReporter
  def record(result)
    name = "#{result.klass}##{result.name}"
    failure = result.failure
    outcome =
      if failure.nil? then 'passed'
      elsif failure.is_a?(Minitest::Skip) then 'skipped'
      elsif failure.is_a?(Minitest::UnexpectedError) then 'error'
      else 'failed'
      end
    event = { 'event' => 'test', 'name' => name, 'outcome' => outcome }
    unless failure.nil?
      message = result.failures.map { |f| "#{f.result_label}: #{f.message}\n    #{f.location}" }.join("\n")
      event['message'] = AibaasReport.clip(message)
    end
    AIBAAS_EMIT.call(event)
  end
end

$LOAD_PATH.unshift(Dir.pwd)
reporter = AibaasReporter.new
test_files.each do |path|
  begin
    load File.expand_path(path)
  rescue Exception => error # the answer may raise anything when loaded, SystemExit included
    raise if error.is_a?(Interrupt) || error.is_a?(NoMemoryError)
    trace = ([error.message] + Array(error.backtrace).first(8)).join("\n    ")
    AIBAAS_EMIT.call('event' => 'test', 'name' => "#{path} (load)", 'outcome' => 'error',
                     'message' => AibaasReport.clip("#{error.class}: #{trace}"))
  end
end

options = { seed: 0, io: StringIO.new, args: '' }
srand(options[:seed])
Minitest.parallel_executor.start if Minitest.parallel_executor.respond_to?(:start)
begin
  Minitest.__run(reporter, options)
ensure
  Minitest.parallel_executor.shutdown if Minitest.parallel_executor.respond_to?(:shutdown)
end
AIBAAS_EMIT.call('event' => 'done')
`;

/**
 * Runs one program (`aibaas exec`): `ruby -c` first, so a syntax error is reported as `compile_error` (its output in
 * `.aibaas/compile.log`), then replaces itself with ruby running the program, so stdin, exit code and signals are the
 * program's own. Arguments: the ruby binary and the program file.
 */
export const RUBY_PROGRAM_SCRIPT = String.raw`
marker=$(cat .aibaas/nonce) || exit 90
rm -f .aibaas/nonce
ruby=$1
program=$2
"$ruby" -c "$program" > .aibaas/compile.log 2>&1
code=$?
if [ "$code" -ne 0 ]; then
  printf '%s {"event":"compile_error","exitCode":%d}\n' "$marker" "$code"
  exit 0
fi
: > .aibaas/compile.log
printf '%s {"event":"compiled"}\n' "$marker"
exec "$ruby" "$program"
`;
