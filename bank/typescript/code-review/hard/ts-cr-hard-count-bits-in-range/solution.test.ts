import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWithBits } from './solution.js';

test('case 01', () => {
  assert.deepEqual(countWithBits(0, 7, 1), 3);
});

test('case 02', () => {
  assert.deepEqual(countWithBits(5, 10, 2), 4);
});

test('case 03', () => {
  assert.deepEqual(countWithBits(0, 0, 0), 1);
});

test('case 04', () => {
  assert.deepEqual(countWithBits(1, 1, 0), 0);
});

test('case 05', () => {
  assert.deepEqual(countWithBits(0, 15, 4), 1);
});

test('case 06', () => {
  assert.deepEqual(countWithBits(0, 1099511627775, 20), 137846528820);
});

test('case 07', () => {
  assert.deepEqual(countWithBits(3, 3, 2), 1);
});

test('case 08', () => {
  assert.deepEqual(countWithBits(8, 8, 1), 1);
});

test('case 09', () => {
  assert.deepEqual(countWithBits(0, 100, 10), 0);
});

test('case 10', () => {
  assert.deepEqual(countWithBits(123456789, 987654321, 15), 129589292);
});

test('case 11', () => {
  assert.deepEqual(countWithBits(2251799813685248, 4503599627370495, 1), 1);
});

test('case 12', () => {
  assert.deepEqual(countWithBits(1000, 5000, 6), 950);
});

test('case 13', () => {
  assert.deepEqual(countWithBits(1073754169, 35184372087833, 30), 344867425583);
});
