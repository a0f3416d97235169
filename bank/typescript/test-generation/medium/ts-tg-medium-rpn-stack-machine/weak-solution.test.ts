import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPostfix } from './solution.js';

test('case 01', () => {
  assert.deepEqual(runPostfix(["3", "4", "+", "2", "*"]), 14);
});
