import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSettings } from './solution.js';

test('case 01', () => {
  assert.deepEqual(parseSettings("a=1; b = two ;c="), { "a": "1", "b": "two", "c": "" });
});
