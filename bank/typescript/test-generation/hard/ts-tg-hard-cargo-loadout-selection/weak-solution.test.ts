import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseCargo } from './solution.js';

test('case 01', () => {
  assert.deepEqual(chooseCargo([3, 4, 5], [30, 50, 60], 8), [0, 2]);
});
