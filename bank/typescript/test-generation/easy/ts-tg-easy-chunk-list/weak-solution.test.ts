import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkList } from './solution.js';

test('case 01', () => {
  assert.deepEqual(chunkList([1, 2, 3, 4, 5, 6, 7], 3), [[1, 2, 3], [4, 5, 6], [7]]);
});
