/** The seven languages of the test bank, in display order. */
export const LANGUAGES = ['typescript', 'python', 'csharp', 'java', 'go', 'ruby', 'rust'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The seven scenarios of the test bank, in display order. */
export const SCENARIOS = [
  'code-generation',
  'test-generation',
  'code-review',
  'refactoring',
  'debugging',
  'security',
  'documentation',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function isScenario(value: string): value is Scenario {
  return (SCENARIOS as readonly string[]).includes(value);
}

export function isDifficulty(value: string): value is Difficulty {
  return (DIFFICULTIES as readonly string[]).includes(value);
}

/** The file extension and fence tags used for each language. */
export const LANGUAGE_INFO: Readonly<Record<Language, { extension: string; fenceTags: readonly string[]; displayName: string }>> = {
  typescript: { extension: 'ts', fenceTags: ['typescript', 'ts', 'tsx'], displayName: 'TypeScript' },
  python: { extension: 'py', fenceTags: ['python', 'py', 'python3'], displayName: 'Python' },
  csharp: { extension: 'cs', fenceTags: ['csharp', 'cs', 'c#'], displayName: 'C#' },
  java: { extension: 'java', fenceTags: ['java'], displayName: 'Java' },
  go: { extension: 'go', fenceTags: ['go', 'golang'], displayName: 'Go' },
  ruby: { extension: 'rb', fenceTags: ['ruby', 'rb'], displayName: 'Ruby' },
  rust: { extension: 'rs', fenceTags: ['rust', 'rs'], displayName: 'Rust' },
};
