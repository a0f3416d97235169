import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alternatingCaps } from './solution.js';

test('case 01', () => {
  assert.deepEqual(alternatingCaps("hello"), "HeLlO");
});
