import assert from 'node:assert/strict';
import { test } from 'node:test';
import { customFizzLabels } from './solution.js';

test('case 01', () => {
  assert.deepEqual(customFizzLabels(6, [2, 3], ["Foo", "Bar"]), ["1", "Foo", "Bar", "Foo", "5", "FooBar"]);
});
