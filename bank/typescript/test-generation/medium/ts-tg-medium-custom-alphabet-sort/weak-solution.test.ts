import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortByAlphabet } from './solution.js';

test('case 01', () => {
  assert.deepEqual(sortByAlphabet(["bca", "abc", "cab"], "cba"), ["cab", "bca", "abc"]);
});
