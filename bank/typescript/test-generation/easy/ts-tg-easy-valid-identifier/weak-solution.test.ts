import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidIdentifier } from './solution.js';

test('case 01', () => {
  assert.deepEqual(isValidIdentifier("user_name"), true);
});
