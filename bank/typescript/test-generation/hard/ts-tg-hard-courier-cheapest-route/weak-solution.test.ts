import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cheapestRoute } from './solution.js';

test('case 01', () => {
  assert.deepEqual(cheapestRoute(5, [[0, 1, 2], [1, 4, 5], [0, 2, 4], [2, 4, 2], [0, 3, 1], [3, 4, 7]], 0, 4), [0, 2, 4]);
});
