import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countOverlapping } from './solution.js';

test('case 01', () => {
  assert.deepEqual(countOverlapping("banana", "ana"), 2);
});

test('case 02', () => {
  assert.deepEqual(countOverlapping("aaaa", "aa"), 3);
});

test('case 03', () => {
  assert.deepEqual(countOverlapping("", "a"), 0);
});

test('case 04', () => {
  assert.deepEqual(countOverlapping("abc", "abcd"), 0);
});

test('case 05', () => {
  assert.deepEqual(countOverlapping("abc", "abc"), 1);
});

test('case 06', () => {
  assert.deepEqual(countOverlapping("Hello hello", "hello"), 1);
});

test('case 07', () => {
  assert.deepEqual(countOverlapping("abababa", "aba"), 3);
});

test('case 08', () => {
  assert.deepEqual(countOverlapping("xyz", "z"), 1);
});

test('case 09', () => {
  assert.deepEqual(countOverlapping("mississippi", "ss"), 2);
});

test('case 10', () => {
  assert.deepEqual(countOverlapping("aaa", "a"), 3);
});

test('case 11', () => {
  assert.deepEqual(countOverlapping("a b a b", " "), 3);
});

test('case 12', () => {
  assert.throws(() => countOverlapping("abc", ""));
});

test('case 13', () => {
  assert.throws(() => countOverlapping("", ""));
});
