import { AibaasError } from '../core/index.js';
import type { SandboxLimits } from './types.js';

const MIB = 1024 * 1024;

/** The limits used when neither the sandbox options nor the request set one (docs/configuration.md). */
export const DEFAULT_LIMITS: Readonly<SandboxLimits> = Object.freeze({
  wallTimeMs: 10_000,
  cpuSeconds: 10,
  memoryBytes: 512 * MIB,
  maxProcesses: 64,
  maxFileSizeBytes: 16 * MIB,
  maxOpenFiles: 256,
  maxOutputBytes: 64 * 1024,
});

/** `base` overridden by the fields `override` sets; every field must be a positive whole number. */
export function mergeLimits(base: Readonly<SandboxLimits>, override: Partial<SandboxLimits> | undefined): SandboxLimits {
  const merged: SandboxLimits = { ...base };
  for (const [key, value] of Object.entries(override ?? {}) as [keyof SandboxLimits, number | undefined][]) {
    if (value !== undefined) merged[key] = value;
  }
  for (const [key, value] of Object.entries(merged)) {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new AibaasError('SANDBOX_INVALID_REQUEST', `Sandbox limit ${key} must be a positive whole number, got ${String(value)}.`, {
        fix: `Set sandbox.limits.${key} (or the request's limit) to a positive whole number.`,
      });
    }
  }
  return merged;
}

/** `1.5 GiB`, `512 MiB`, `64 KiB`, `100 B`. */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [[1024 * MIB, 'GiB'], [MIB, 'MiB'], [1024, 'KiB']];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} B`;
}

/** One line for `aibaas doctor` and logs. */
export function describeLimits(limits: Readonly<SandboxLimits>): string {
  return [
    `wall ${limits.wallTimeMs / 1000} s`,
    `CPU ${limits.cpuSeconds} s`,
    `memory ${formatBytes(limits.memoryBytes)}`,
    `${limits.maxProcesses} processes`,
    `files ${formatBytes(limits.maxFileSizeBytes)}`,
    `${limits.maxOpenFiles} open files`,
    `output ${formatBytes(limits.maxOutputBytes)}`,
  ].join(', ');
}
