import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countOverlapping } from './solution.js';

test('case 01', () => {
  assert.deepEqual(countOverlapping("banana", "ana"), 2);
});
