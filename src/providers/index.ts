export * from './types.js';
export * from './baseline.js';
export * from './registry.js';
export * from './model.js';
export * from './glob.js';
