import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typoDistance } from './solution.js';

test('case 01', () => {
  assert.deepEqual(typoDistance("form", "from", { "delete": 1, "insert": 1, "replace": 1, "swap": 1 }), 1);
});
