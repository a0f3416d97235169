import assert from 'node:assert/strict';
import { test } from 'node:test';
import { durationToSeconds } from './solution.js';

test('case 01', () => {
  assert.deepEqual(durationToSeconds("1h30m"), 5400);
});
