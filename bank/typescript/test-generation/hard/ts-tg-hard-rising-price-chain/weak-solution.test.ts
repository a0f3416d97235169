import assert from 'node:assert/strict';
import { test } from 'node:test';
import { risingChain } from './solution.js';

test('case 01', () => {
  assert.deepEqual(risingChain([5, 1, 6, 2, 7, 3, 8]), [1, 2, 3, 8]);
});
