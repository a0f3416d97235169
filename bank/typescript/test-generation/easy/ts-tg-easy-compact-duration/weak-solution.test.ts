import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactDuration } from './solution.js';

test('case 01', () => {
  assert.deepEqual(compactDuration(3661), "1h 1m 1s");
});
