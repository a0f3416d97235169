import assert from 'node:assert/strict';
import { test } from 'node:test';
import { interleaveStrings } from './solution.js';

test('case 01', () => {
  assert.deepEqual(interleaveStrings("abc", "123"), "a1b2c3");
});
