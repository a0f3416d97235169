export * from './ports.js';
export * from './plan.js';
export * from './answer-item.js';
export * from './execute.js';
export * from './reuse.js';
export * from './failures.js';
export { refreshResultScores } from './layers.js';
export { judgeRun, sampleForPanel, type JudgingOptions, type JudgingSummary, type PanelSample, type Reviewer } from './judge-run.js';
