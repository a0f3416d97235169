import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snakeToCamel } from './solution.js';

test('case 01', () => {
  assert.deepEqual(snakeToCamel("user_id"), "userId");
});
