export * from './schema.js';
export * from './load.js';
export * from './compose.js';
export * from './revision.js';
