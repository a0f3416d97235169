import assert from 'node:assert/strict';
import { test } from 'node:test';
import { orderReleaseTags } from './solution.js';

test('case 01', () => {
  assert.deepEqual(orderReleaseTags(["v1.10.0", "v1.2.0", "v1.9.3"]), ["v1.2.0", "v1.9.3", "v1.10.0"]);
});
