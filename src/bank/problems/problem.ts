import { z } from 'zod';
import { checkValue, containsFloat, parseType, type ValueType } from './types.js';

const snake = z.string().regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'must be snake_case (lower-case letters, digits, single underscores)');

/** The schema of `problem.yaml` (docs/problems.md). */
export const problemFileSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single dashes'),
    title: z.string().min(1),
    tags: z.array(z.string()).default([]),
    statement: z.string().min(40, 'must state the behaviour in full (at least 40 characters)'),
    function: z
      .object({
        name: snake,
        params: z.array(z.object({ name: snake, type: z.string().min(1) }).strict()).min(1, 'must list at least one parameter'),
        returns: z.string().min(1),
        error: z.string().min(1).optional(),
      })
      .strict(),
    cases: z
      .array(
        z
          .object({ args: z.array(z.unknown()), expected: z.unknown().optional(), error: z.literal(true).optional() })
          .strict(),
      )
      .min(4, 'must have at least 4 cases'),
    examples: z.number().int().min(0).default(2),
  })
  .strict();

export interface Param {
  name: string;
  type: ValueType;
}

export interface Case {
  args: unknown[];
  /** Absent for an error case. */
  expected?: unknown;
  error: boolean;
}

/** A checked problem: types parsed, every case conforming to the signature. */
export interface Problem {
  slug: string;
  title: string;
  tags: string[];
  statement: string;
  difficulty: string;
  name: string;
  params: Param[];
  returns: ValueType;
  /** When the function fails (docs/problems.md, Errors); undefined when it never does. */
  error?: string;
  cases: Case[];
  examples: number;
}

/** Checks a parsed problem.yaml; throws an Error naming the first problem. */
export function toProblem(raw: unknown, difficulty: string, directoryName: string): Problem {
  const parsed = problemFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'} ${issue.message}`).join('; '));
  }
  const file = parsed.data;
  if (file.slug !== directoryName) throw new Error(`slug "${file.slug}" must equal the directory name "${directoryName}"`);
  const params = file.function.params.map((param) => ({ name: param.name, type: parseType(param.type) }));
  const names = new Set(params.map((param) => param.name));
  if (names.size !== params.length) throw new Error('function.params: two parameters have the same name');
  const returns = parseType(file.function.returns);
  if (containsFloat(returns) && returns.kind !== 'float') throw new Error('function.returns: a float may only be returned on its own (returns: float)');
  const cases: Case[] = file.cases.map((entry, index) => {
    const where = `cases[${index}]`;
    if (entry.args.length !== params.length) throw new Error(`${where}.args has ${entry.args.length} values for ${params.length} parameters`);
    params.forEach((param, at) => {
      const problem = checkValue(entry.args[at], param.type, `${where}.args[${at}] (${param.name})`);
      if (problem) throw new Error(problem);
    });
    if (entry.error) {
      if (!file.function.error) throw new Error(`${where} is an error case, but function.error does not say when the function fails`);
      if (entry.expected !== undefined) throw new Error(`${where} has both error and expected`);
      return { args: entry.args, error: true };
    }
    if (entry.expected === undefined) throw new Error(`${where} needs expected (or error: true)`);
    const problem = checkValue(entry.expected, returns, `${where}.expected`);
    if (problem) throw new Error(problem);
    return { args: entry.args, expected: entry.expected, error: false };
  });
  const shown = cases.slice(0, file.examples);
  if (shown.some((entry) => entry.error)) throw new Error('examples: the first cases shown in the prompt must not be error cases');
  if (file.function.error && !cases.some((entry) => entry.error)) throw new Error('function.error is set but no case has error: true');
  return {
    slug: file.slug,
    title: file.title,
    tags: file.tags,
    statement: file.statement.trim(),
    difficulty,
    name: file.function.name,
    params,
    returns,
    ...(file.function.error ? { error: file.function.error } : {}),
    cases,
    examples: file.examples,
  };
}
