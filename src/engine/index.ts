export * from './ports.js';
export * from './plan.js';
export * from './answer-item.js';
export * from './execute.js';
