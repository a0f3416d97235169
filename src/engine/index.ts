export * from './ports.js';
export * from './plan.js';
export * from './answer-item.js';
export * from './execute.js';
export * from './reuse.js';
export * from './failures.js';
