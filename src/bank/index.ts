export * from './load-bank.js';
export { taskFileSchema, bankFileSchema } from './task-schema.js';
