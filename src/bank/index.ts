export * from './load-bank.js';
export { taskFileSchema, bankFileSchema } from './task-schema.js';
export * from './problems/index.js';
export { composeModule, generateSecurityTasks, loadSecurityCatalogues, SECURITY_TASKS_PER_CELL, type SecurityCatalogue, type Snippet } from './catalogue/security.js';
