import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digitSumSteps } from './solution.js';

test('case 01', () => {
  assert.deepEqual(digitSumSteps(9875), 3);
});
