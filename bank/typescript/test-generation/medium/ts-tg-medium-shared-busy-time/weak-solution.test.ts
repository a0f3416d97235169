import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedBusyTime } from './solution.js';

test('case 01', () => {
  assert.deepEqual(sharedBusyTime([[0, 10]], [[5, 15]]), 5);
});
