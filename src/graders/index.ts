export * from './types.js';
export * from './extract.js';
export * from './quality.js';
export * from './code-generation.js';
export * from './registry.js';
export * from './validate-task.js';
