export * from './errors.js';
export * from './taxonomy.js';
export * from './task.js';
export * from './model.js';
export * from './usage.js';
export * from './result.js';
export * from './run.js';
