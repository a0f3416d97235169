import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lruSimulate } from './solution.js';

test('case 01', () => {
  assert.deepEqual(lruSimulate(2, ["put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c"]), [1, null, 1, 3]);
});
