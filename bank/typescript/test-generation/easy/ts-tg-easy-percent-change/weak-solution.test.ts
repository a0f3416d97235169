import assert from 'node:assert/strict';
import { test } from 'node:test';
import { percentChange } from './solution.js';

test('case 01', () => {
  const actual = percentChange(50, 75);
  const expected = 50;
  assert.ok(Math.abs(actual - expected) <= 1e-6, `expected ${expected}, got ${actual}`);
});
