import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gradeBuckets } from './solution.js';

test('case 01', () => {
  assert.deepEqual(gradeBuckets([95, 82, 71, 64, 12]), { "A": 1, "B": 1, "C": 1, "D": 1, "F": 1 });
});
