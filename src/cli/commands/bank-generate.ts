import { generateSecurityTasks, generateTasks, loadProblems, loadSecurityCatalogues, scanBank, syncGeneratedTasks } from '../../bank/index.js';
import { documentationTools } from '../../config/index.js';
import type { CommandContext } from '../context.js';

/**
 * `aibaas bank generate [--check]`: renders every language-neutral problem (bank/problems/, docs/problems.md) into
 * its task directories. With --check nothing is written and the exit status says whether the bank is up to date.
 */
export async function bankGenerateCommand(context: CommandContext, options: { check?: boolean; json?: boolean }): Promise<number> {
  const root = context.config.bankDir;
  const { bank } = await scanBank(root);
  const { problems, issues: problemIssues } = await loadProblems(root);
  const { catalogues, issues: catalogueIssues } = await loadSecurityCatalogues(root);
  const issues = [...problemIssues, ...catalogueIssues];
  // Malformed problems are reported (and fail the command) but do not hold back the others.
  for (const issue of issues) context.stderr.write(`MALFORMED ${issue.path}: ${issue.reason}\n`);
  if (issues.length > 0) context.stderr.write('Correct each problem.yaml or catalogue as docs/problems.md and docs/bank.md describe, then run `aibaas bank generate` again.\n');
  const generation = { seed: bank.visibilitySeed, created: bank.released };
  const tasks = [...generateTasks(problems, { ...generation, documentation: documentationTools() }), ...generateSecurityTasks(catalogues, generation)];
  // Derivations made from an earlier reference give no tasks until derived again.
  const stale = problems.flatMap((source) => Object.entries(source.derived).filter(([, derived]) => derived?.stale).map(([language]) => `${source.path}/derived/${language}`));
  for (const entry of stale) context.stderr.write(`STALE ${entry}: made from an earlier reference; run \`aibaas bank derive\`\n`);
  const report = await syncGeneratedTasks(root, tasks, options.check === true);
  const outOfDate = report.written.length + report.removed.length;
  if (options.json) {
    context.stdout.write(`${JSON.stringify({ problems: problems.length, tasks: tasks.length, ...report, check: options.check === true }, null, 2)}\n`);
  } else {
    const verb = options.check ? 'would write' : 'wrote';
    const lines = [`${problems.length} problems and ${catalogues.length} security catalogues give ${tasks.length} tasks: ${report.unchanged} unchanged, ${verb} ${report.written.length}, ${options.check ? 'would remove' : 'removed'} ${report.removed.length}`];
    if (options.check) for (const dir of [...report.written, ...report.removed].slice(0, 20)) lines.push(`  out of date: ${dir}`);
    if (options.check && outOfDate > 0) lines.push('Run `aibaas bank generate` and commit the result.');
    context.stdout.write(`${lines.join('\n')}\n`);
  }
  return (options.check && (outOfDate > 0 || stale.length > 0)) || issues.length > 0 ? 1 : 0;
}
