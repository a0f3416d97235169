import assert from 'node:assert/strict';
import { test } from 'node:test';
import { satisfies } from './solution.js';

test('case 01', () => {
  assert.deepEqual(satisfies("1.4.2", ">=1.2.0 <2.0.0"), true);
});
