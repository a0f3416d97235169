import type { ModelInfo, Task } from '../core/index.js';
import { AibaasError, estimateTokens, LANGUAGE_INFO } from '../core/index.js';
import type { GenerateRequest, GenerateResponse, ProviderAdapter } from './types.js';

/** Finds a bank task by id; the composition root passes the loaded bank in. */
export type TaskLookup = (taskId: string) => Task | undefined;

interface BaselineModel {
  name: string;
  displayName: string;
  describe: string;
  answer(task: Task): string;
}

function fenced(task: Task, code: string): string {
  return `\`\`\`${LANGUAGE_INFO[task.language].fenceTags[0]}\n${code.trimEnd()}\n\`\`\`\n`;
}

/** The best answer the bank knows: the reference, the corrected code, or the task's own tests. */
function oracleAnswer(task: Task): string {
  if (task.scenario === 'test-generation') return fenced(task, task.tests[0]?.content ?? '');
  if (task.scenario === 'debugging') return `${fenced(task, task.reference)}\nThe fix restores the behaviour the failing tests expect.\n`;
  if (task.scenario === 'code-review' || task.scenario === 'security') return task.answer ?? '';
  return fenced(task, task.reference);
}

/** A plausible weak answer: wrong, unfixed, weakly tested or not refactored. */
function defectiveAnswer(task: Task): string {
  switch (task.scenario) {
    case 'debugging':
      return fenced(task, task.defect ?? '');
    case 'test-generation':
      return fenced(task, task.weakAnswer ?? '');
    case 'refactoring':
    case 'documentation':
      return fenced(task, task.original ?? '');
    case 'code-review':
    case 'security':
      return '```json\n[]\n```\n';
    default:
      return fenced(task, task.defect ?? task.starterCode ?? '');
  }
}

/** The offline models that ship with the product: upper bound and weaker references, labelled as baselines. */
const BASELINE_MODELS: readonly BaselineModel[] = [
  {
    name: 'oracle',
    displayName: 'Oracle (reference answer)',
    describe: 'answers with the task reference solution (for test generation, the task tests; for review and security, the planted issues): the upper bound, and a check of the bank',
    answer: (task) => oracleAnswer(task),
  },
  {
    name: 'defective',
    displayName: 'Defective (reference with a known defect)',
    describe: 'answers with a flawed answer from the bank: the reference with its known defect, the bug left unfixed, a weak test file, or the code to refactor or document unchanged, or no findings',
    answer: (task) => defectiveAnswer(task),
  },
  {
    name: 'starter',
    displayName: 'Starter (starter code unchanged)',
    describe: 'answers with the starter code unchanged (an empty answer where a task has none)',
    answer: (task) => (task.starterCode ? fenced(task, task.starterCode) : ''),
  },
];

export const BASELINE_PROVIDER_ID = 'baseline';

/** The baseline provider: no network, no keys, deterministic answers from the bank. */
export class BaselineProvider implements ProviderAdapter {
  readonly id = BASELINE_PROVIDER_ID;
  readonly kind = 'baseline';

  constructor(private readonly lookupTask: TaskLookup) {}

  async listModels(): Promise<ModelInfo[]> {
    return BASELINE_MODELS.map((model) => ({
      id: `${this.id}/${model.name}`,
      provider: this.id,
      name: model.name,
      displayName: model.displayName,
      capabilities: { chat: true, code: true, functionCalling: false, reasoning: false },
      contextWindow: 1_000_000,
      maxOutputTokens: 1_000_000,
      price: { inputPerMTok: 0, outputPerMTok: 0, source: 'baseline (offline, free)' },
      baseline: true,
    }));
  }

  async generate(model: string, request: GenerateRequest): Promise<GenerateResponse> {
    const baseline = BASELINE_MODELS.find((candidate) => candidate.name === model);
    if (!baseline) {
      throw new AibaasError('MODEL_UNKNOWN', `baseline/${model} is not a baseline model.`, {
        fix: `Use one of: ${BASELINE_MODELS.map((m) => `baseline/${m.name}`).join(', ')}.`,
      });
    }
    const task = request.taskId === undefined ? undefined : this.lookupTask(request.taskId);
    if (!task) {
      throw new AibaasError('BASELINE_NEEDS_TASK', `baseline/${model} can only answer bank tasks, and task "${request.taskId ?? ''}" is not in the loaded bank.`, {
        fix: 'Run baselines on tasks of the loaded bank (aibaas run selects them for you).',
      });
    }
    const text = baseline.answer(task);
    request.onDelta?.({ text });
    return {
      text,
      usage: {
        inputTokens: estimateTokens(request.messages.map((m) => m.content).join('\n')),
        cachedInputTokens: 0,
        cacheWriteTokens: 0,
        outputTokens: estimateTokens(text),
        reasoningTokens: 0,
        estimated: true,
      },
      finishReason: 'stop',
      httpStatus: null,
      requestId: null,
    };
  }
}
