import assert from 'node:assert/strict';
import { test } from 'node:test';
import { interleaveStrings } from './solution.js';

test('case 01', () => {
  assert.deepEqual(interleaveStrings("abc", "123"), "a1b2c3");
});

test('case 02', () => {
  assert.deepEqual(interleaveStrings("ab", "wxyz"), "awbxyz");
});

test('case 03', () => {
  assert.deepEqual(interleaveStrings("", ""), "");
});

test('case 04', () => {
  assert.deepEqual(interleaveStrings("abc", ""), "abc");
});

test('case 05', () => {
  assert.deepEqual(interleaveStrings("", "xy"), "xy");
});

test('case 06', () => {
  assert.deepEqual(interleaveStrings("a", "b"), "ab");
});

test('case 07', () => {
  assert.deepEqual(interleaveStrings("hello", "-"), "h-ello");
});

test('case 08', () => {
  assert.deepEqual(interleaveStrings("  ", "ab"), " a b");
});

test('case 09', () => {
  assert.deepEqual(interleaveStrings("aaa", "bb"), "ababa");
});

test('case 10', () => {
  assert.deepEqual(interleaveStrings("12", "345"), "13245");
});

test('case 11', () => {
  assert.deepEqual(interleaveStrings("xyz", "XYZ"), "xXyYzZ");
});
