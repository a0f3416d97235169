import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateFilter } from './solution.js';

test('case 01', () => {
  assert.deepEqual(evaluateFilter("a and not b", { "a": true, "b": false }), true);
});
