import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countInRange } from './solution.js';

test('case 01', () => {
  assert.deepEqual(countInRange([1, 5, 10, 15], 5, 10), 2);
});
