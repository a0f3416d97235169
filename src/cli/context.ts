import { type Config, loadProcessConfig } from '../config/index.js';

/** What every command gets: the loaded config and where to write. */
export interface CommandContext {
  config: Config;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  warn(message: string): void;
}

export interface GlobalOptions {
  config?: string;
  debug?: boolean;
}

export function createContext(globals: GlobalOptions, overrides: Record<string, unknown> = {}): CommandContext {
  const { config } = loadProcessConfig({
    env: process.env,
    cwd: process.cwd(),
    ...(globals.config ? { configPath: globals.config } : {}),
    overrides: { ...(globals.debug ? { debug: true } : {}), ...overrides },
  });
  const warned = new Set<string>();
  return {
    config,
    stdout: process.stdout,
    stderr: process.stderr,
    warn(message) {
      if (warned.has(message)) return;
      warned.add(message);
      process.stderr.write(`warning: ${message}\n`);
    },
  };
}

/** Splits a comma-separated option into trimmed, non-empty values. */
export function listOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((part) => part.trim()).filter(Boolean);
}

export function intOption(name: string) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value.trim())) throw new Error(`${name} must be a whole number, got "${value}"`);
    return Number(value);
  };
}
