import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minSplitDifference } from './solution.js';

test('case 01', () => {
  assert.deepEqual(minSplitDifference([1, 6, 11, 5]), 1);
});
