import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wrapWords } from './solution.js';

test('case 01', () => {
  assert.deepEqual(wrapWords("the quick brown fox", 10), ["the quick", "brown fox"]);
});
