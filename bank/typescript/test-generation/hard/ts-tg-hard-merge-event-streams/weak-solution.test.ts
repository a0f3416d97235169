import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeStreams } from './solution.js';

test('case 01', () => {
  assert.deepEqual(mergeStreams([["1 boot", "5 ready"], ["2 login", "5 logout"]]), ["0:boot", "1:login", "0:ready", "1:logout"]);
});
