import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './cli-helpers.js';

/** One paragraph: the code and problem, then the fix; no stack trace. */
function expectUserError(result: { code: number | null; stderr: string }, code: string, ...mentions: string[]) {
  expect(result.code).not.toBe(0);
  expect(result.stderr).toContain(`error ${code}:`);
  expect(result.stderr).toMatch(/\nFix: .+/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  for (const mention of mentions) expect(result.stderr).toContain(mention);
}

describe('errors a user can cause', () => {
  it('a malformed task file names the file and the fix', async () => {
    const bank = tempDir('aibaas-bank-');
    cpSync(path.join(repoRoot, 'bank'), bank, { recursive: true });
    const broken = path.join(bank, 'python', 'code-generation', 'easy', 'py-cg-easy-broken');
    cpSync(path.join(repoRoot, 'bank', 'python', 'code-generation', 'easy', 'py-cg-easy-run-length'), broken, { recursive: true });
    writeFileSync(path.join(broken, 'task.yaml'), 'id: py-cg-easy-broken\ntitle: [unterminated\n');
    const result = await runCli(['run'], { AIBAAS_BANK_DIR: bank, AIBAAS_DATA_DIR: tempDir('aibaas-data-') });
    expectUserError(result, 'BANK_TASK_INVALID', path.join(broken, 'task.yaml'), 'docs/bank.md');
  });

  it('an invalid config value names the field, its source and the fix', async () => {
    const result = await runCli(['run'], { AIBAAS_CONCURRENCY: '0', AIBAAS_DATA_DIR: tempDir('aibaas-data-') });
    expectUserError(result, 'CONFIG_INVALID', 'run.concurrency', 'AIBAAS_CONCURRENCY');
  });

  it('an invalid value in aibaas.config.yaml names the file and the field', async () => {
    const cwd = tempDir('aibaas-cwd-');
    writeFileSync(path.join(cwd, 'aibaas.config.yaml'), 'sandbox:\n  limits:\n    wallTimeMs: -5\n');
    const result = await runCli(['runs'], { AIBAAS_DATA_DIR: tempDir('aibaas-data-') }, cwd);
    expectUserError(result, 'CONFIG_INVALID', 'sandbox.limits.wallTimeMs', 'aibaas.config.yaml');
  });

  it('an unreachable DATABASE_URL names the server and the fix, without the password', async () => {
    const result = await runCli(['runs'], { DATABASE_URL: 'postgres://postgres:hunter2@127.0.0.1:1/test' });
    expectUserError(result, 'DATABASE_UNREACHABLE', '127.0.0.1', 'DATABASE_URL');
    expect(result.stderr).not.toContain('hunter2');
  });

  it('shows the stack trace only with --debug', async () => {
    const result = await runCli(['--debug', 'runs'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^\s+at /m);
  });

  it('an unknown option or command is refused with usage help', async () => {
    const result = await runCli(['run', '--colour'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--colour'");
  });
});
