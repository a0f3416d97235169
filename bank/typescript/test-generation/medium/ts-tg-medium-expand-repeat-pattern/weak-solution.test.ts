import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandPattern } from './solution.js';

test('case 01', () => {
  assert.deepEqual(expandPattern("a*3b"), "aaab");
});
