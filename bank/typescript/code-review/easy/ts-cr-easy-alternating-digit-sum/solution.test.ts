import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alternatingDigitSum } from './solution.js';

test('case 01', () => {
  assert.deepEqual(alternatingDigitSum(1234), -2);
});

test('case 02', () => {
  assert.deepEqual(alternatingDigitSum(909), 18);
});

test('case 03', () => {
  assert.deepEqual(alternatingDigitSum(0), 0);
});

test('case 04', () => {
  assert.deepEqual(alternatingDigitSum(5), 5);
});

test('case 05', () => {
  assert.deepEqual(alternatingDigitSum(10), 1);
});

test('case 06', () => {
  assert.deepEqual(alternatingDigitSum(91), 8);
});

test('case 07', () => {
  assert.deepEqual(alternatingDigitSum(-132), 0);
});

test('case 08', () => {
  assert.deepEqual(alternatingDigitSum(1000000), 1);
});

test('case 09', () => {
  assert.deepEqual(alternatingDigitSum(121), 0);
});

test('case 10', () => {
  assert.deepEqual(alternatingDigitSum(9090909), 36);
});

test('case 11', () => {
  assert.deepEqual(alternatingDigitSum(-7), 7);
});

test('case 12', () => {
  assert.deepEqual(alternatingDigitSum(123456789), 5);
});

test('case 13', () => {
  assert.deepEqual(alternatingDigitSum(11), 0);
});
