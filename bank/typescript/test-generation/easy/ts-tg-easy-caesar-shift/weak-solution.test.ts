import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caesarShift } from './solution.js';

test('case 01', () => {
  assert.deepEqual(caesarShift("abc", 1), "bcd");
});
