export * from './load-bank.js';
export { taskFileSchema, bankFileSchema } from './task-schema.js';
export * from './problems/index.js';
