import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countSignChanges } from './solution.js';

test('case 01', () => {
  assert.deepEqual(countSignChanges([1, -1, 1]), 2);
});
