import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestPairSum } from './solution.js';

test('case 01', () => {
  assert.deepEqual(closestPairSum([1, 4, 7, 10], 12), [1, 10]);
});
