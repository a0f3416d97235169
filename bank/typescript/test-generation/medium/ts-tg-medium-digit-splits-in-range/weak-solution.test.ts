import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitInRange } from './solution.js';

test('case 01', () => {
  assert.deepEqual(splitInRange("123", 1, 99), ["1-2-3", "1-23", "12-3"]);
});
