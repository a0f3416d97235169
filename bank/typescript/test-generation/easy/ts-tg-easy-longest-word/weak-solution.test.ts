import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longestWord } from './solution.js';

test('case 01', () => {
  assert.deepEqual(longestWord("the quick brown fox"), "quick");
});
