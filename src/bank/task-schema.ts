import { z } from 'zod';

const relativeFile = z
  .string()
  .min(1)
  .refine((name) => !name.includes('..') && !name.startsWith('/') && !name.includes('\\'), {
    message: 'must be a file name inside the task directory (no "..", no absolute path)',
  });

const isoDate = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written yyyy-mm-dd'), z.date()]);

/** The schema of `task.yaml`; docs/bank.md documents each field. */
export const taskFileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
    title: z.string().min(1),
    description: z.string().min(1),
    prompt: z.string().min(20, 'must be the full task statement (at least 20 characters)'),
    solution_file: relativeFile,
    files: z
      .object({
        reference: relativeFile,
        /** Code review and security tasks may have none; every other scenario needs at least one. */
        tests: z.array(relativeFile).default([]),
        starter: relativeFile.optional(),
        defect: relativeFile.optional(),
        /** Refactoring: the working but poor code the model refactors. */
        original: relativeFile.optional(),
        /** Test generation: variants of the reference that the task's tests detect. */
        mutants: z.array(relativeFile).optional(),
        /** Test generation: a weak test file (the defective baseline's answer). */
        weak_answer: relativeFile.optional(),
        /** Code review and security: the ground-truth answer, in the answer format of the scenario. */
        answer: relativeFile.optional(),
      })
      .strict(),
    /** Set on tasks that `aibaas bank generate` wrote from a language-neutral problem (docs/problems.md). */
    generated_from: z.string().optional(),
    language: z.string().optional(),
    scenario: z.string().optional(),
    difficulty: z.string().optional(),
    tags: z.array(z.string()).default([]),
    source: z.string().min(1),
    author: z.string().min(1),
    created: isoDate,
    visibility: z.enum(['public', 'private']),
    expected_metrics: z.record(z.string(), z.number()).optional(),
    ground_truth: z
      .array(
        z.object({
          kind: z.string(),
          cwe: z.string().optional(),
          severity: z.enum(['critical', 'high', 'medium', 'low']),
          location: z.string().optional(),
          description: z.string().optional(),
          lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]).optional(),
          symbol: z.string().optional(),
          keywords: z.array(z.string().min(2)).optional(),
          fix: z.string().optional(),
        }).strict(),
      )
      .optional(),
  })
  .strict();

export type TaskFile = z.infer<typeof taskFileSchema>;

/** The schema of `bank/bank.yaml`. */
export const bankFileSchema = z.object({
  version: z.coerce.string().regex(/^v\d{4}_\d{2}$/, 'must look like v2026_11'),
  /** Seeds the public/private draw of generated tasks (docs/problems.md). */
  visibility_seed: z.number().int().default(20261128),
  /** The created date of generated tasks. */
  released: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date()]).default('2026-11-28'),
});
