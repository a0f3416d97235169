import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateExpression } from './solution.js';

test('case 01', () => {
  assert.deepEqual(evaluateExpression("1 + 2 * 3"), 7);
});
