import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertBase } from './solution.js';

test('case 01', () => {
  assert.deepEqual(convertBase("255", 10, 16), "ff");
});

test('case 02', () => {
  assert.deepEqual(convertBase("ff", 16, 2), "11111111");
});

test('case 03', () => {
  assert.deepEqual(convertBase("FF", 16, 10), "255");
});

test('case 04', () => {
  assert.deepEqual(convertBase("-1010", 2, 10), "-10");
});

test('case 05', () => {
  assert.deepEqual(convertBase("0", 10, 2), "0");
});

test('case 06', () => {
  assert.deepEqual(convertBase("-0", 10, 7), "0");
});

test('case 07', () => {
  assert.deepEqual(convertBase("000123", 10, 10), "123");
});

test('case 08', () => {
  assert.deepEqual(convertBase("z", 36, 10), "35");
});

test('case 09', () => {
  assert.deepEqual(convertBase("35", 10, 36), "z");
});

test('case 10', () => {
  assert.deepEqual(convertBase("1000000", 10, 36), "lfls");
});

test('case 11', () => {
  assert.deepEqual(convertBase("9007199254740991", 10, 16), "1fffffffffffff");
});

test('case 12', () => {
  assert.deepEqual(convertBase("12", 10, 3), "110");
});

test('case 13', () => {
  assert.throws(() => convertBase("12", 1, 10));
});

test('case 14', () => {
  assert.throws(() => convertBase("19", 8, 10));
});

test('case 15', () => {
  assert.throws(() => convertBase("-", 10, 2));
});
