import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lowestBalance } from './solution.js';

test('case 01', () => {
  assert.deepEqual(lowestBalance(100, [-30, -80, 50]), -10);
});

test('case 02', () => {
  assert.deepEqual(lowestBalance(10, [5, 5]), 10);
});

test('case 03', () => {
  assert.deepEqual(lowestBalance(0, []), 0);
});

test('case 04', () => {
  assert.deepEqual(lowestBalance(50, []), 50);
});

test('case 05', () => {
  assert.deepEqual(lowestBalance(10, [-10]), 0);
});

test('case 06', () => {
  assert.deepEqual(lowestBalance(-5, [10, -20]), -15);
});

test('case 07', () => {
  assert.deepEqual(lowestBalance(0, [1, -1, -1, 1]), -1);
});

test('case 08', () => {
  assert.deepEqual(lowestBalance(100, [-50, -50, -50, 200]), -50);
});

test('case 09', () => {
  assert.deepEqual(lowestBalance(-100, [1, 2, 3]), -100);
});

test('case 10', () => {
  assert.deepEqual(lowestBalance(5, [0, 0]), 5);
});

test('case 11', () => {
  assert.deepEqual(lowestBalance(1000000, [-999999, -2]), -1);
});

test('case 12', () => {
  assert.deepEqual(lowestBalance(3, [-1, -1, -1, -1, 10, -20]), -11);
});
