import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fragileLinks } from './solution.js';

test('case 01', () => {
  assert.deepEqual(fragileLinks(4, [[0, 1], [1, 2], [2, 0], [1, 3]]), [[1, 3]]);
});
