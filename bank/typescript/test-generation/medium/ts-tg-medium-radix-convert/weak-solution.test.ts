import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertBase } from './solution.js';

test('case 01', () => {
  assert.deepEqual(convertBase("255", 10, 16), "ff");
});
