import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isAibaasError } from '../core/index.js';
import { bankStatsCommand, bankValidateCommand } from './commands/bank.js';
import { bankDeriveCommand } from './commands/bank-derive.js';
import { bankGenerateCommand } from './commands/bank-generate.js';
import { doctorCommand } from './commands/doctor.js';
import { execCommand, type ExecOptions } from './commands/exec.js';
import { modelsCommand } from './commands/models.js';
import { estimateCommand } from './commands/estimate.js';
import { pricesUpdateCommand } from './commands/prices.js';
import { rescoreCommand } from './commands/rescore.js';
import { judgesReportCommand, reviewCommand, type ReviewOptions, voteCommand, type VoteOptions } from './commands/reviews.js';
import { judgeCommand } from './commands/judge.js';
import { runCommand } from './commands/run.js';
import { leaderboardCommand, resultsCommand, runsCommand } from './commands/runs.js';
import { createContext, type GlobalOptions, listOption } from './context.js';

function integer(name: string) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError(`${name} must be a whole number.`);
    return Number(value);
  };
}

function usd(name: string) {
  return (value: string): number => {
    const amount = Number(value.trim().replace(/^\$/, ''));
    if (!/^\$?\d+(\.\d+)?$/.test(value.trim()) || !(amount > 0)) throw new InvalidArgumentError(`${name} must be an amount of US dollars above 0, e.g. 5 or 0.50.`);
    return amount;
  };
}

function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('aibaas')
    .description('AIBaaS: benchmarks AI models on production coding tasks, run in a sandbox, scored and ranked with confidence intervals.')
    .option('-c, --config <file>', 'config file (default: ./aibaas.config.yaml if present; AIBAAS_CONFIG)')
    .option('--debug', 'show stack traces of errors')
    .showHelpAfterError()
    .exitOverride();
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();
  const action = <A extends unknown[]>(handler: (...args: A) => Promise<number>) => async (...args: A) => setExitCode(await handler(...args));

  type SelectionFlags = { models?: string; languages?: string; scenarios?: string; difficulties?: string; perCell?: number; seed?: number; concurrency?: number; repeat?: number; maxCost?: number; reuseAnswers?: boolean };
  /** The options that choose a run's work, shared by `run` and `estimate`. */
  const selectionOptions = (command: Command) => command
    .option('-m, --models <globs>', 'comma-separated model id globs, e.g. "baseline/*,openai/gpt-*" (default: every discovered model)')
    .option('-l, --languages <list>', 'comma-separated languages (default: all)')
    .option('-s, --scenarios <list>', 'comma-separated scenarios (default: all)')
    .option('-d, --difficulties <list>', 'comma-separated difficulties (default: easy,medium,hard)')
    .option('-n, --per-cell <n>', 'tasks per language × scenario × difficulty cell (default 1; a large number takes every task)', integer('--per-cell'))
    .option('--seed <n>', 'seed of the task selection (default: random, stored with the run)', integer('--seed'))
    .option('-r, --repeat <n>', 'attempts per task, for variance (default: 1)', integer('--repeat'))
    .option('--max-cost <usd>', 'budget cap in USD: the run stops cleanly once its calls cost this much', usd('--max-cost'));
  const selectionContext = (options: SelectionFlags) => createContext(globals(), {
    'run.languages': listOption(options.languages),
    'run.scenarios': listOption(options.scenarios),
    'run.difficulties': listOption(options.difficulties),
    'run.tasksPerCell': options.perCell,
    'run.concurrency': options.concurrency,
    'run.repeat': options.repeat,
  });
  const selection = (options: SelectionFlags) => ({
    ...(options.models ? { models: listOption(options.models) as string[] } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.maxCost !== undefined ? { maxCostUsd: options.maxCost } : {}),
    ...(options.reuseAnswers ? { reuseAnswers: true } : {}),
  });

  selectionOptions(program
    .command('run')
    .description('run a benchmark: discover models, select tasks, call each model, test its code in the sandbox, score, store, rank'))
    .option('-j, --concurrency <n>', 'items in flight at once (default: number of cores)', integer('--concurrency'))
    .option('--reuse-answers', 'answer from stored responses of earlier runs to the same model and prompt instead of calling the model again')
    .addOption(new Option('--resume [run-id]', 'complete an unfinished run (default: the newest one)'))
    .action(action(async (options: SelectionFlags & { resume?: string | true }) =>
      runCommand(selectionContext(options), { ...selection(options), ...(options.resume !== undefined ? { resume: options.resume } : {}) })));

  selectionOptions(program
    .command('estimate')
    .description('project the cost of a run with these options from prices and expected tokens, without calling any model'))
    .option('--json', 'machine-readable output')
    .action(action(async (options: SelectionFlags & { json?: boolean }) =>
      estimateCommand(selectionContext(options), { ...selection(options), ...(options.json ? { json: true } : {}) })));

  program.command('rescore <run-id>').description("grade a run's stored answers again with the current graders, as a new run; no model is called")
    .action(action((runId: string) => rescoreCommand(createContext(globals()), runId)));
  program.command('judge <run-id>').description('judge a stored run with the configured judges (self-review, team panel); failed reviews are retried')
    .action(action((runId: string) => judgeCommand(createContext(globals()), runId)));
  program.command('runs').description('list runs, newest first').option('--json', 'machine-readable output').option('-n, --limit <n>', 'how many', integer('--limit'), 20)
    .action(action((options: { json?: boolean; limit: number }) => runsCommand(createContext(globals()), options)));
  program.command('results <run-id>').description("print a run's stored results").option('--json', 'every field of every result record')
    .action(action((runId: string, options: { json?: boolean }) => resultsCommand(createContext(globals()), runId, options)));
  program.command('leaderboard <run-id>').description("print a run's leaderboard").option('--json', 'machine-readable output')
    .action(action((runId: string, options: { json?: boolean }) => leaderboardCommand(createContext(globals()), runId, options)));
  program.command('review <run-id> <model-id> <task-id>').description("add your staff review of a result (replaces your earlier one) and rescore it")
    .requiredOption('--author <name>', 'who reviews')
    .requiredOption('--correctness <0-10>', 'does it do what the task asks')
    .requiredOption('--quality <0-10>', 'readability and structure')
    .requiredOption('--best-practices <0-10>', "the language's idioms and conventions")
    .requiredOption('--efficiency <0-10>', 'time and memory')
    .requiredOption('--overall <0-10>', 'the score that enters the staff layer')
    .option('--notes <text>', 'free-text notes')
    .option('--attempt <n>', 'which attempt of the task', integer('--attempt'), 1)
    .action(action((runId: string, modelId: string, taskId: string, options: ReviewOptions) => reviewCommand(createContext(globals()), runId, modelId, taskId, options)));
  program.command('vote <run-id> <model-id> <task-id> <up|down>').description("vote on a result (one vote per user; a new vote replaces the old) and rescore it")
    .requiredOption('--user <id>', 'who votes')
    .option('--comment <text>', 'why')
    .option('--attempt <n>', 'which attempt of the task', integer('--attempt'), 1)
    .action(action((runId: string, modelId: string, taskId: string, direction: string, options: VoteOptions) => voteCommand(createContext(globals()), runId, modelId, taskId, direction, options)));
  const judges = program.command('judges').description('the judges: self-review and the team panel');
  judges.command('report [run-id]').description("how a run's judges agree with each other, with staff reviews and with the automated score (default: the newest run)")
    .option('--json', 'machine-readable output')
    .action(action((runId: string | undefined, options: { json?: boolean }) => judgesReportCommand(createContext(globals()), runId, options)));
  program.command('models').description('discover and list the models of every configured provider').option('-p, --provider <id>', 'only this provider').option('--all', 'include deprecated models').option('--json', 'machine-readable output')
    .action(action((options: { provider?: string; json?: boolean; all?: boolean }) => modelsCommand(createContext(globals()), options)));
  program.command('doctor').description('check the database, the bank, the sandbox and the toolchains').option('--json', 'machine-readable output')
    .action(action((options: { json?: boolean }) => doctorCommand(createContext(globals()), options)));

  program.command('exec <file>').description('compile (where needed) and run one program in the sandbox; prints its status, exit code, output and limits')
    .requiredOption('-l, --language <lang>', 'the language of the program (typescript, python, csharp, java, go, ruby, rust)')
    .option('--json', 'machine-readable output (the default when stdout is not a terminal)')
    .option('--stdin <file>', 'feed this file to the program on stdin')
    .option('--timeout <ms>', 'wall-clock limit in milliseconds', integer('--timeout'))
    .option('--cpu <s>', 'CPU time limit in seconds', integer('--cpu'))
    .option('--memory <MiB>', 'memory limit in MiB', integer('--memory'))
    .option('--processes <n>', 'process/thread limit', integer('--processes'))
    .option('--file-size <MiB>', 'largest file the program may write, in MiB', integer('--file-size'))
    .option('--open-files <n>', 'open file limit', integer('--open-files'))
    .option('--output <KiB>', 'cap on captured stdout and on stderr, each, in KiB', integer('--output'))
    .action(action((file: string, options: ExecOptions) => execCommand(createContext(globals()), file, options)));

  const prices = program.command('prices').description('the price catalogue used where a provider lists no prices');
  prices.command('update').description('refresh the price catalogue from a file or URL (ours or LiteLLM\'s format); the old one is kept if the new one is invalid')
    .option('--from <file|url>', 'where to read the catalogue (default: LiteLLM\'s public price list on GitHub)')
    .action(action((options: { from?: string }) => pricesUpdateCommand(createContext(globals()), options)));

  const bank = program.command('bank').description('the test bank');
  bank.command('stats').description('task counts per language, scenario and difficulty').option('--json', 'machine-readable output')
    .action(action((options: { json?: boolean }) => bankStatsCommand(createContext(globals()), options)));
  bank.command('generate').description('render the language-neutral problems (bank/problems) into task directories').option('--check', 'write nothing; exit 1 when the generated tasks are out of date').option('--json', 'machine-readable output')
    .action(action((options: { check?: boolean; json?: boolean }) => bankGenerateCommand(createContext(globals()), options)));
  bank.command('derive').description('find a debugging defect and test-generation mutants for each problem reference (sandbox)').option('-f, --filter <text>', 'only problems whose path/language contains this text').option('--force', 'derive again where derived files exist')
    .action(action((options: { filter?: string; force?: boolean }) => bankDeriveCommand(createContext(globals()), options)));
  bank.command('validate').description("run every task's checks in the sandbox").option('--json', 'machine-readable output').option('-f, --filter <text>', 'only tasks whose path contains this text')
    .option('--sample <n>', 'only n tasks per language × scenario × difficulty cell (a seeded draw), e.g. for CI').option('--seed <n>', 'seed of the --sample draw (default 1)')
    .action(action((options: { json?: boolean; filter?: string; sample?: string; seed?: string }) => bankValidateCommand(createContext(globals()), options)));
  return program;
}

/** Runs the CLI; returns the exit code. Errors are one paragraph (problem and fix); stacks only with --debug. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram((code) => (exitCode = code));
  const debug = argv.includes('--debug') || /^(1|true|yes)$/i.test(process.env.AIBAAS_DEBUG ?? '');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (isAibaasError(error)) {
      process.stderr.write(`error ${error.toUserText()}\n`);
      if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error INTERNAL: ${message}\nFix: this is a bug in AIBaaS; rerun with --debug and report the stack trace.\n`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
