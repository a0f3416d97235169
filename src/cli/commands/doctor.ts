import { scanBank } from '../../bank/index.js';
import { createExecution, openStoreFor } from '../../config/index.js';
import { isAibaasError, LANGUAGES } from '../../core/index.js';
import type { CommandContext } from '../context.js';

interface Check {
  name: string;
  ok: boolean;
  detail: string;
  /** A failed optional check is reported but does not fail doctor. */
  optional?: boolean;
}

function failure(error: unknown): string {
  return isAibaasError(error) ? `${error.message} Fix: ${error.fix}` : (error as Error).message;
}

/** `aibaas doctor`: checks the database, the bank, the sandbox and each language's toolchain. */
export async function doctorCommand(context: CommandContext, options: { json?: boolean }): Promise<number> {
  const { config } = context;
  const checks: Check[] = [{ name: 'node', ok: true, detail: process.version }];
  try {
    const store = await openStoreFor(config);
    await store.listRuns(1);
    await store.close();
    checks.push({ name: 'database', ok: true, detail: config.databaseUrl ? 'PostgreSQL server (DATABASE_URL)' : `PGlite at ${config.dataDir}` });
  } catch (error) {
    checks.push({ name: 'database', ok: false, detail: failure(error) });
  }
  try {
    const { bank, problems } = await scanBank(config.bankDir);
    checks.push({ name: 'bank', ok: problems.length === 0, detail: `${bank.version}: ${bank.tasks.length} tasks${problems.length ? `, ${problems.length} malformed (aibaas bank validate)` : ''}` });
  } catch (error) {
    checks.push({ name: 'bank', ok: false, detail: failure(error) });
  }
  const { sandbox, toolchains } = createExecution(config, context.warn);
  try {
    const probe = await sandbox.exec({ files: [], command: ['true'] });
    checks.push({ name: 'sandbox', ok: probe.status === 'ok', detail: sandbox.describe() });
  } catch (error) {
    checks.push({ name: 'sandbox', ok: false, detail: failure(error) });
  }
  for (const language of LANGUAGES) {
    const toolchain = toolchains[language];
    const version = toolchain ? await toolchain.version() : null;
    checks.push({
      name: `toolchain ${language}`,
      ok: version !== null,
      optional: true,
      detail: toolchain ? (version ?? `missing: install ${toolchain.providedBy}`) : 'not supported yet',
    });
  }
  if (options.json) {
    context.stdout.write(`${JSON.stringify(checks, null, 2)}\n`);
  } else {
    for (const check of checks) context.stdout.write(`${check.ok ? 'ok  ' : check.optional ? 'warn' : 'FAIL'}  ${check.name.padEnd(22)} ${check.detail}\n`);
  }
  return checks.every((check) => check.ok || check.optional) ? 0 : 1;
}
