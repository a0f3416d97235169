import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lowestBalance } from './solution.js';

test('case 01', () => {
  assert.deepEqual(lowestBalance(100, [-30, -80, 50]), -10);
});
