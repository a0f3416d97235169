import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headlineCase } from './solution.js';

test('case 01', () => {
  assert.deepEqual(headlineCase("the lord of the rings"), "The Lord of the Rings");
});
