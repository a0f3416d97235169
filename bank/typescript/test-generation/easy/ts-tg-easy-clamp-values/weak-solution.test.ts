import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clampValues } from './solution.js';

test('case 01', () => {
  assert.deepEqual(clampValues([1, 5, 10], 3, 7), [3, 5, 7]);
});
