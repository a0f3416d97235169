import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitCsvLine } from './solution.js';

test('case 01', () => {
  assert.deepEqual(splitCsvLine("a,b,c"), ["a", "b", "c"]);
});
