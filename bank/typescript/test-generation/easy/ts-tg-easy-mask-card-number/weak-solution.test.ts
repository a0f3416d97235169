import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskCardNumber } from './solution.js';

test('case 01', () => {
  assert.deepEqual(maskCardNumber("4111111111111111", 4), "************1111");
});
