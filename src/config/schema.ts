import { z } from 'zod';
import { DIFFICULTIES, LANGUAGES, SCENARIOS } from '../core/index.js';
import { PRESET_IDS } from '../providers/index.js';

const positiveInt = z.number().int().positive();

const httpUrl = z.string().regex(/^https?:\/\/[^\s]+$/i, 'must be an http:// or https:// URL');

/** Settings every provider takes: how to reach it and how fast it may be called. */
const paceFields = {
  /** Request starts per minute (the provider's limit for your account). */
  requestsPerMinute: positiveInt.optional(),
  /** Input + output tokens per minute. */
  tokensPerMinute: positiveInt.optional(),
  /** Calls in flight at once to this provider. */
  maxConcurrency: positiveInt.max(1024).optional(),
  /** Per attempt: no complete answer within this is a timeout. */
  timeoutMs: positiveInt.optional(),
};

const presetSettings = z
  .object({
    enabled: z.boolean().optional(),
    apiKey: z.string().min(1).optional(),
    // OLLAMA_HOST may be host:port without a scheme.
    baseUrl: z.string().min(1).optional(),
    accountId: z.string().min(1).optional(),
    gatewayId: z.string().min(1).optional(),
    viaGateway: z.boolean().optional(),
    models: z.array(z.string().min(1)).optional(),
    ...paceFields,
  })
  .strict();

const customEndpoint = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lower-case letters, digits, ".", "_" or "-" (it is the provider part of model ids)'),
    displayName: z.string().min(1).optional(),
    baseUrl: httpUrl,
    apiKey: z.string().min(1).optional(),
    /** Read the key from this environment variable (resolved when the config is loaded). */
    apiKeyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name').optional(),
    listing: z.enum(['openai', 'none']).default('openai'),
    models: z.array(z.string().min(1)).optional(),
    headers: z.record(z.string(), z.string()).optional(),
    ...paceFields,
  })
  .strict();

function providersSchema() {
  const presets = Object.fromEntries(PRESET_IDS.map((id) => [id, presetSettings.optional()]));
  return z
    .object({ ...presets, custom: z.array(customEndpoint).default([]) })
    .strict()
    .superRefine((providers, context) => {
      const seen = new Set<string>(PRESET_IDS);
      seen.add('baseline');
      providers.custom.forEach((custom, index) => {
        if (seen.has(custom.id)) context.addIssue({ code: 'custom', path: ['custom', index, 'id'], message: `"${custom.id}" is already a provider id; choose another` });
        seen.add(custom.id);
      });
    })
    .prefault({});
}

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
          /** Stop the run cleanly once its calls have cost this many USD (--max-cost). */
          maxCostUsd: z.number().positive().optional(),
          /** Answer from a stored earlier response to the same prompt instead of calling the model (--reuse-answers). */
          reuseAnswers: z.boolean().default(false),
          /** Expected output tokens per answer by scenario, for `aibaas estimate` (defaults in docs/configuration.md). */
          expectedOutputTokens: z.partialRecord(z.enum(SCENARIOS), positiveInt).default({}),
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
      providers: providersSchema(),
      calls: z
        .object({
          /** Attempts per call in all (the first included). */
          maxAttempts: positiveInt.max(20).default(5),
          baseDelayMs: positiveInt.default(500),
          maxDelayMs: positiveInt.default(60_000),
          /** The retry waits of one call together never exceed this. */
          maxTotalWaitMs: positiveInt.default(180_000),
          timeoutMs: positiveInt.default(300_000),
          /** Consecutive provider failures that pause a provider, and for how long. */
          breakerThreshold: positiveInt.default(8),
          breakerCooldownMs: positiveInt.default(30_000),
        })
        .strict()
        .prefault({}),
      prices: z
        .object({
          /** A YAML or JSON file of prices for models no listing or catalogue prices (docs/prices.md). */
          overridesFile: z.string().min(1).optional(),
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
      judges: z
        .object({
          /** Explicit panel seats: a discovered model id, its role (default: the next default role) and weight. */
          panel: z
            .array(z.object({ model: z.string().min(1), role: z.string().min(1).optional(), weight: z.number().min(0).default(1) }).strict())
            .default([]),
          /** Shorthand: model id globs; the panel gets one seat per role, the matching models taking the roles in turn. */
          models: z.array(z.string().min(1)).default([]),
          /** The panel roles; default the 8 of SPEC.md §4. */
          roles: z.array(z.string().min(1)).min(1).optional(),
          /** Each judged result's own model scores it too. */
          selfReview: z.boolean().default(false),
          /** Which results are judged: the top share by automated score plus a random share of the rest. */
          sample: z
            .object({ top: z.number().min(0).max(1).default(0.2), random: z.number().min(0).max(1).default(0.1) })
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
