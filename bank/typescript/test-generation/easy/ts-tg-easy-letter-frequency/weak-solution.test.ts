import assert from 'node:assert/strict';
import { test } from 'node:test';
import { letterFrequency } from './solution.js';

test('case 01', () => {
  assert.deepEqual(letterFrequency("Hello"), { "e": 1, "h": 1, "l": 2, "o": 1 });
});
