import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alternatingDigitSum } from './solution.js';

test('case 01', () => {
  assert.deepEqual(alternatingDigitSum(1234), -2);
});
