import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longestStableWindow } from './solution.js';

test('case 01', () => {
  assert.deepEqual(longestStableWindow([3, 5, 4, 9, 8, 8, 10], 2), 4);
});
