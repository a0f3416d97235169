export { generateTasks, LANGUAGE_PREFIX, SCENARIO_ABBREVIATION, visibilityOf, type DocumentableItem, type DocumentationTools, type GeneratedTask } from './generate.js';
export { loadProblems, type DerivedFiles, type ProblemIssue, type ProblemSource } from './load.js';
export type { Case, Problem } from './problem.js';
export { RENDERERS } from './renderers.js';
export { numberedCases, type LanguageRenderer } from './renderer.js';
export { syncGeneratedTasks, writeDerived, type SyncReport } from './write.js';
