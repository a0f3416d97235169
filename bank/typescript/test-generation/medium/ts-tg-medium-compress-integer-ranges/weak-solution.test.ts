import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compressRanges } from './solution.js';

test('case 01', () => {
  assert.deepEqual(compressRanges([1, 2, 3, 5, 7, 8, 9, 10]), "1..3,5,7..10");
});
