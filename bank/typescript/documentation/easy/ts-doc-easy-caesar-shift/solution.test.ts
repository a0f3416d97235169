import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caesarShift } from './solution.js';

test('case 01', () => {
  assert.deepEqual(caesarShift("abc", 1), "bcd");
});

test('case 02', () => {
  assert.deepEqual(caesarShift("Hello, World!", 3), "Khoor, Zruog!");
});

test('case 03', () => {
  assert.deepEqual(caesarShift("", 5), "");
});

test('case 04', () => {
  assert.deepEqual(caesarShift("xyz", 3), "abc");
});

test('case 05', () => {
  assert.deepEqual(caesarShift("ABC", -1), "ZAB");
});

test('case 06', () => {
  assert.deepEqual(caesarShift("abc", 26), "abc");
});

test('case 07', () => {
  assert.deepEqual(caesarShift("abc", -27), "zab");
});

test('case 08', () => {
  assert.deepEqual(caesarShift("a1 b2", 2), "c1 d2");
});

test('case 09', () => {
  assert.deepEqual(caesarShift("Zz", 1), "Aa");
});

test('case 10', () => {
  assert.deepEqual(caesarShift("Mixed Case", 0), "Mixed Case");
});

test('case 11', () => {
  assert.deepEqual(caesarShift("123 !?", 7), "123 !?");
});

test('case 12', () => {
  assert.deepEqual(caesarShift("hello", 65), "uryyb");
});

test('case 13', () => {
  assert.deepEqual(caesarShift("abc", -78), "abc");
});
