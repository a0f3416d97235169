import assert from 'node:assert/strict';
import { test } from 'node:test';
import { histogramBins } from './solution.js';

test('case 01', () => {
  assert.deepEqual(histogramBins([1, 2, 11, 25], 10), [2, 1, 1]);
});
