import assert from 'node:assert/strict';
import { test } from 'node:test';
import { regionSizes } from './solution.js';

test('case 01', () => {
  assert.deepEqual(regionSizes(["##.", "#..", "..#"]), [3, 1]);
});
