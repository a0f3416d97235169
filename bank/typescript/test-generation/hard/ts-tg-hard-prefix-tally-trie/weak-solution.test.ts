import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prefixTally } from './solution.js';

test('case 01', () => {
  assert.deepEqual(prefixTally(["add car", "add cart", "add cat", "count ca", "count car", "distinct car", "count dog"]), [3, 2, 2, 0]);
});
