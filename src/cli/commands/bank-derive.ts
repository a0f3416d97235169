import pLimit from 'p-limit';
import { loadProblems, numberedCases, RENDERERS, writeDerived, type ProblemSource } from '../../bank/index.js';
import { createExecution } from '../../config/index.js';
import { hashString, LANGUAGES, type Language } from '../../core/index.js';
import { deriveFaults } from '../../graders/index.js';
import { getToolchain } from '../../sandbox/index.js';
import type { CommandContext } from '../context.js';

/**
 * `aibaas bank derive [--filter text] [--force]`: for every problem reference (docs/problems.md), runs single-change
 * mutants against the rendered tests in the sandbox and stores the debugging defect and the killed mutants under
 * the problem's derived/<language>/. References that already have derived files are skipped unless --force.
 * `aibaas bank generate` then renders the debugging and test-generation tasks from them.
 */
export async function bankDeriveCommand(context: CommandContext, options: { filter?: string; force?: boolean }): Promise<number> {
  const root = context.config.bankDir;
  const { problems, issues } = await loadProblems(root);
  for (const issue of issues) context.stderr.write(`MALFORMED ${issue.path}: ${issue.reason}\n`);
  const jobs: { source: ProblemSource; language: Language }[] = [];
  for (const source of problems) {
    for (const language of LANGUAGES) {
      if (source.references[language] === undefined) continue;
      if (options.filter && !`${source.path}/${language}`.includes(options.filter)) continue;
      if (!options.force && source.derived[language] && !source.derived[language]?.stale) continue;
      jobs.push({ source, language });
    }
  }
  const { toolchains } = createExecution(context.config, context.warn);
  const limit = pLimit(context.config.sandbox.concurrency);
  let done = 0;
  let withoutDefect = 0;
  await Promise.all(
    jobs.map(({ source, language }) =>
      limit(async () => {
        const renderer = RENDERERS[language];
        const derivation = await deriveFaults(
          {
            language,
            solutionFile: renderer.solutionFile,
            reference: source.references[language] as string,
            tests: [{ name: renderer.testFile, content: renderer.tests(source.problem, numberedCases(source.problem)) }],
            // A stable seed per problem and language, so a derivation is reproducible.
            seed: hashString(`${source.problem.slug}/${language}`),
          },
          getToolchain(toolchains, language),
        );
        await writeDerived(root, source.path, language, renderer.solutionFile, { ...derivation, reference: source.references[language] as string });
        done++;
        if (derivation.defect === null) withoutDefect++;
        context.stderr.write(`${done}/${jobs.length} ${source.path} ${language}: ${derivation.killed.length} killed of ${derivation.tried} tried\n`);
      }),
    ),
  );
  context.stdout.write(`derived ${jobs.length} problem references (${withoutDefect} without a defect); run \`aibaas bank generate\` next\n`);
  return issues.length > 0 ? 1 : 0;
}
