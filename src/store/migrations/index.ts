import { initial } from './0001-initial.js';
import { providerCalls } from './0002-provider-calls.js';
import { reviews } from './0003-reviews.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every migration, in the order they apply. Append new ones; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [initial, providerCalls, reviews];
