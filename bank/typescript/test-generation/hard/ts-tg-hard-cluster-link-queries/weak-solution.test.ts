import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterQueries } from './solution.js';

test('case 01', () => {
  assert.deepEqual(clusterQueries(5, ["link 0 1", "same 0 1", "same 0 2", "link 1 2", "size 0", "count"]), [1, 0, 3, 3]);
});
