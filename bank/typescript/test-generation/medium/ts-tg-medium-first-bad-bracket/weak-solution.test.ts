import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstBadBracket } from './solution.js';

test('case 01', () => {
  assert.deepEqual(firstBadBracket("a(b[c]d)e"), -1);
});
