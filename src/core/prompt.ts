import type { Task } from './task.js';
import { LANGUAGE_INFO } from './taxonomy.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Versions the prompt template; stored with every result through the prompt hash. */
export const PROMPT_TEMPLATE_VERSION = 3;

const TARGETS: Record<Task['language'], string> = {
  typescript: 'TypeScript 5.9 (strict mode) on Node.js 20, ES modules',
  python: 'Python 3.11, standard library only',
  csharp: 'C# 7 (Mono), standard library only',
  java: 'Java 17, standard library only',
  go: 'Go 1.19, standard library only',
  ruby: 'Ruby 3.1, standard library only',
  rust: 'Rust (stable), standard library only, no crates',
};

/** The answer format of code-review and security tasks (graders/findings reads it, and prose as well). */
export const FINDINGS_FORMAT =
  'a JSON array in one fenced code block tagged `json`, one object per finding: ' +
  '{"line": <first line, counting the reviewed code from 1>, "end_line": <last line>, "severity": "critical|high|medium|low", ' +
  '"cwe": "CWE-<n>" (for vulnerabilities), "title": "...", "explanation": "...", "fix": "..."}';

/** The messages sent to a model for a task: the rules of the answer format, then the task itself. */
export function buildPrompt(task: Task): ChatMessage[] {
  const info = LANGUAGE_INFO[task.language];
  const system = [
    `You are an expert ${info.displayName} engineer writing production code.`,
    `Target: ${TARGETS[task.language]}.`,
    answerFormat(task, info.fenceTags[0] ?? ''),
  ].join(' ');
  const parts = [task.prompt.trim()];
  if (task.starterCode) {
    parts.push(`Start from this code:\n\n\`\`\`${info.fenceTags[0]}\n${task.starterCode.trimEnd()}\n\`\`\``);
  }
  return [
    { role: 'system', content: system },
    { role: 'user', content: parts.join('\n\n') },
  ];
}

/** The answer-format rule of a scenario: which file goes in the one fenced block. */
function answerFormat(task: Task, tag: string): string {
  const block = `in one fenced code block tagged \`${tag}\``;
  switch (task.scenario) {
    case 'test-generation':
      return `Answer with the complete contents of the test file \`${task.tests[0]?.name ?? 'tests'}\` ${block}.`;
    case 'debugging':
      return `Answer with the complete corrected file \`${task.solutionFile}\` ${block}, then explain the bug in a few sentences.`;
    case 'code-review':
    case 'security':
      return `Answer with your findings as ${FINDINGS_FORMAT}. Report only real problems; an empty array means you found none.`;
    case 'documentation':
      return `Answer with the complete documented file \`${task.solutionFile}\` ${block}: add doc comments only, do not change the code.`;
    default:
      return `Answer with the complete contents of the file \`${task.solutionFile}\` ${block}. Do not include tests or example usage in that block.`;
  }
}

/** A rough token estimate (about four characters a token), only for baselines and providers reporting none. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
