import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cheapestSplit } from './solution.js';

test('case 01', () => {
  assert.deepEqual(cheapestSplit("catsand", { "and": 2, "cat": 3, "cats": 4, "sand": 2 }), ["cat", "sand"]);
});
