import { z } from 'zod';
import { DIFFICULTIES, LANGUAGES, SCENARIOS } from '../core/index.js';

const positiveInt = z.number().int().positive();

/** The one configuration schema; docs/configuration.md lists every field. */
export function configSchema(defaults: { cores: number; bankDir: string }) {
  return z
    .object({
      /** Where the embedded database and other local state live. */
      dataDir: z.string().min(1).default('.aibaas'),
      /** A PostgreSQL server; when unset the embedded PGlite database under dataDir is used. */
      databaseUrl: z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
        .optional(),
      bankDir: z.string().min(1).default(defaults.bankDir),
      debug: z.boolean().default(false),
      run: z
        .object({
          concurrency: positiveInt.max(256).default(defaults.cores),
          temperature: z.number().min(0).max(2).default(0.2),
          maxOutputTokens: positiveInt.default(2048),
          repeat: positiveInt.max(100).default(1),
          languages: z.array(z.enum(LANGUAGES)).min(1).default([...LANGUAGES]),
          scenarios: z.array(z.enum(SCENARIOS)).min(1).default([...SCENARIOS]),
          difficulties: z.array(z.enum(DIFFICULTIES)).min(1).default([...DIFFICULTIES]),
          /** Tasks drawn per language × scenario × difficulty cell. */
          tasksPerCell: positiveInt.max(10_000).default(1),
          bootstrapResamples: positiveInt.min(1000, 'must be at least 1000 for a reported interval').default(2000),
        })
        .strict()
        .prefault({}),
      models: z
        .object({
          include: z.array(z.string().min(1)).default([]),
          exclude: z.array(z.string().min(1)).default([]),
          minContextWindow: z.number().int().min(0).default(8000),
        })
        .strict()
        .prefault({}),
      sandbox: z
        .object({
          bwrapPath: z.string().min(1).default('bwrap'),
          /** Runs model code without bubblewrap: only for machines where it cannot work, and loudly warned. */
          allowUnsandboxed: z.boolean().default(false),
          concurrency: positiveInt.max(256).default(defaults.cores),
          /** The toolchain commands, when not the Debian packages' defaults (/usr/bin/python3, /usr/bin/go...). */
          pythonPath: z.string().min(1).optional(),
          goPath: z.string().min(1).optional(),
          rustcPath: z.string().min(1).optional(),
          javacPath: z.string().min(1).optional(),
          mcsPath: z.string().min(1).optional(),
          rubyPath: z.string().min(1).optional(),
          limits: z
            .object({
              wallTimeMs: positiveInt.default(10_000),
              cpuSeconds: positiveInt.default(10),
              memoryBytes: positiveInt.min(16 * 1024 * 1024, 'must be at least 16 MiB').default(512 * 1024 * 1024),
              maxProcesses: positiveInt.default(64),
              maxFileSizeBytes: positiveInt.default(16 * 1024 * 1024),
              maxOpenFiles: positiveInt.min(16).default(256),
              maxOutputBytes: positiveInt.default(64 * 1024),
            })
            .strict()
            .prefault({}),
        })
        .strict()
        .prefault({}),
      scoring: z
        .object({
          weights: z
            .object({
              automated: z.number().min(0).default(0.4),
              staff: z.number().min(0).default(0.25),
              users: z.number().min(0).default(0.2),
              selfReview: z.number().min(0).default(0.075),
              team: z.number().min(0).default(0.075),
            })
            .strict()
            .refine((w) => w.automated > 0, { message: 'automated must be above 0: it is the layer every score has' })
            .prefault({}),
        })
        .strict()
        .prefault({}),
    })
    .strict();
}

export type AibaasConfig = z.infer<ReturnType<typeof configSchema>>;
