import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskCardNumber } from './solution.js';

test('case 01', () => {
  assert.deepEqual(maskCardNumber("4111111111111111", 4), "************1111");
});

test('case 02', () => {
  assert.deepEqual(maskCardNumber("4111-1111-1111-1234", 4), "****-****-****-1234");
});

test('case 03', () => {
  assert.deepEqual(maskCardNumber("1234", 4), "1234");
});

test('case 04', () => {
  assert.deepEqual(maskCardNumber("12", 4), "12");
});

test('case 05', () => {
  assert.deepEqual(maskCardNumber("", 4), "");
});

test('case 06', () => {
  assert.deepEqual(maskCardNumber("1234 5678", 0), "**** ****");
});

test('case 07', () => {
  assert.deepEqual(maskCardNumber("1234 5678", 5), "***4 5678");
});

test('case 08', () => {
  assert.deepEqual(maskCardNumber("9-9-9", 1), "*-*-9");
});

test('case 09', () => {
  assert.deepEqual(maskCardNumber("5555 5555", 8), "5555 5555");
});

test('case 10', () => {
  assert.throws(() => maskCardNumber("1234a", 2));
});

test('case 11', () => {
  assert.throws(() => maskCardNumber("1234", -1));
});
