import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignRooms } from './solution.js';

test('case 01', () => {
  assert.deepEqual(assignRooms([[0, 30], [5, 10], [15, 20]]), [0, 1, 1]);
});
