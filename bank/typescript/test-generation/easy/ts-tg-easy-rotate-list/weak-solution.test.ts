import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rotateList } from './solution.js';

test('case 01', () => {
  assert.deepEqual(rotateList([1, 2, 3, 4, 5], 2), [4, 5, 1, 2, 3]);
});
