import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breakCost } from './solution.js';

test('case 01', () => {
  assert.deepEqual(breakCost(["aaa", "bb", "cc", "ddddd"], 6), 10);
});
