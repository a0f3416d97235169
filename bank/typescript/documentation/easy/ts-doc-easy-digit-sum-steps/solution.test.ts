import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digitSumSteps } from './solution.js';

test('case 01', () => {
  assert.deepEqual(digitSumSteps(9875), 3);
});

test('case 02', () => {
  assert.deepEqual(digitSumSteps(19), 2);
});

test('case 03', () => {
  assert.deepEqual(digitSumSteps(0), 0);
});

test('case 04', () => {
  assert.deepEqual(digitSumSteps(7), 0);
});

test('case 05', () => {
  assert.deepEqual(digitSumSteps(10), 1);
});

test('case 06', () => {
  assert.deepEqual(digitSumSteps(99), 2);
});

test('case 07', () => {
  assert.deepEqual(digitSumSteps(199), 3);
});

test('case 08', () => {
  assert.deepEqual(digitSumSteps(-38), 2);
});

test('case 09', () => {
  assert.deepEqual(digitSumSteps(-5), 0);
});

test('case 10', () => {
  assert.deepEqual(digitSumSteps(100000), 1);
});

test('case 11', () => {
  assert.deepEqual(digitSumSteps(999999999999999), 2);
});

test('case 12', () => {
  assert.deepEqual(digitSumSteps(1999999999999999), 3);
});
