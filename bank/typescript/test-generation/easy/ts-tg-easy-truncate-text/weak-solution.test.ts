import assert from 'node:assert/strict';
import { test } from 'node:test';
import { truncateText } from './solution.js';

test('case 01', () => {
  assert.deepEqual(truncateText("Hello, world", 8), "Hello...");
});
