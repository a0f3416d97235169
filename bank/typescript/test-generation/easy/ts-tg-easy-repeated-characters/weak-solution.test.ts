import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repeatedCharacters } from './solution.js';

test('case 01', () => {
  assert.deepEqual(repeatedCharacters("programming"), "rgm");
});
