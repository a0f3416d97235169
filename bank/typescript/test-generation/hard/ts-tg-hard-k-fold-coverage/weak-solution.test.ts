import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coveredAtLeast } from './solution.js';

test('case 01', () => {
  assert.deepEqual(coveredAtLeast([[1, 5], [2, 7], [6, 9]], 2), 4);
});
