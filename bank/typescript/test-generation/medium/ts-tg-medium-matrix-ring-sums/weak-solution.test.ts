import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ringSums } from './solution.js';

test('case 01', () => {
  assert.deepEqual(ringSums([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), [40, 5]);
});
