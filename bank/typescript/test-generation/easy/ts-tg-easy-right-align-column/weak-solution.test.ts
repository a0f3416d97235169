import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rightAlign } from './solution.js';

test('case 01', () => {
  assert.deepEqual(rightAlign(["1", "22", "333"]), ["  1", " 22", "333"]);
});
