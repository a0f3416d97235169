import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxBookingValue } from './solution.js';

test('case 01', () => {
  assert.deepEqual(maxBookingValue([[1, 3, 50], [3, 5, 20], [6, 19, 100], [2, 100, 200]]), 200);
});
