import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWithBits } from './solution.js';

test('case 01', () => {
  assert.deepEqual(countWithBits(0, 7, 1), 3);
});
