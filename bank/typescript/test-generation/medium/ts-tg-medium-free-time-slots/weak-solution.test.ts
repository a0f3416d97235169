import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freeSlots } from './solution.js';

test('case 01', () => {
  assert.deepEqual(freeSlots([[9, 10], [12, 13]], 8, 17, 1), [[8, 9], [10, 12], [13, 17]]);
});
