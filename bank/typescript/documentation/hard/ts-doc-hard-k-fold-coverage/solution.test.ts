import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coveredAtLeast } from './solution.js';

test('case 01', () => {
  assert.deepEqual(coveredAtLeast([[1, 5], [2, 7], [6, 9]], 2), 4);
});

test('case 02', () => {
  assert.deepEqual(coveredAtLeast([[1, 5], [2, 7], [6, 9]], 1), 8);
});

test('case 03', () => {
  assert.deepEqual(coveredAtLeast([[1, 5], [2, 7], [6, 9]], 3), 0);
});

test('case 04', () => {
  assert.deepEqual(coveredAtLeast([], 1), 0);
});

test('case 05', () => {
  assert.deepEqual(coveredAtLeast([[0, 2], [2, 4]], 2), 0);
});

test('case 06', () => {
  assert.deepEqual(coveredAtLeast([[0, 2], [2, 4]], 1), 4);
});

test('case 07', () => {
  assert.deepEqual(coveredAtLeast([[3, 8], [3, 8], [3, 8]], 3), 5);
});

test('case 08', () => {
  assert.deepEqual(coveredAtLeast([[-5, -1], [-3, 2]], 2), 2);
});

test('case 09', () => {
  assert.deepEqual(coveredAtLeast([[0, 10], [2, 3], [4, 6], [5, 9]], 2), 6);
});

test('case 10', () => {
  assert.deepEqual(coveredAtLeast([[0, 10], [2, 3], [4, 6], [5, 9]], 3), 1);
});

test('case 11', () => {
  assert.deepEqual(coveredAtLeast([[0, 1]], 5), 0);
});

test('case 12', () => {
  assert.deepEqual(coveredAtLeast([[21, 25], [13, 16], [24, 38], [17, 29], [17, 25], [13, 25], [3, 8], [30, 42], [18, 33], [25, 35], [20, 22], [3, 15], [2, 4], [-5, 1], [29, 41]], 3), 24);
});

test('case 13', () => {
  assert.deepEqual(coveredAtLeast([[1294, 1412], [1410, 1619], [3551, 3745], [3505, 3537], [4480, 5475], [1186, 1850], [2201, 2496], [2991, 3399], [78, 567], [4268, 4740], [2237, 3098], [2901, 3401], [1130, 1241], [1179, 1753], [1823, 2816], [2940, 3407], [3091, 3715], [4858, 4908], [4589, 4924], [2087, 3078]], 2), 2561);
});
