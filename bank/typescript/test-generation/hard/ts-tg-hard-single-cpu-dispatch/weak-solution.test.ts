import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dispatchJobs } from './solution.js';

test('case 01', () => {
  assert.deepEqual(dispatchJobs([[0, 3, 1], [1, 2, 5], [2, 1, 9]]), [[0, 0, 3], [2, 3, 4], [1, 4, 6]]);
});
