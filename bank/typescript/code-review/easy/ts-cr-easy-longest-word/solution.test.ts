import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longestWord } from './solution.js';

test('case 01', () => {
  assert.deepEqual(longestWord("the quick brown fox"), "quick");
});

test('case 02', () => {
  assert.deepEqual(longestWord("a bb ccc"), "ccc");
});

test('case 03', () => {
  assert.deepEqual(longestWord(""), "");
});

test('case 04', () => {
  assert.deepEqual(longestWord("   "), "");
});

test('case 05', () => {
  assert.deepEqual(longestWord("single"), "single");
});

test('case 06', () => {
  assert.deepEqual(longestWord("  lead trail  "), "trail");
});

test('case 07', () => {
  assert.deepEqual(longestWord("ab cd"), "ab");
});

test('case 08', () => {
  assert.deepEqual(longestWord("x yy zz"), "yy");
});

test('case 09', () => {
  assert.deepEqual(longestWord("hi, there!"), "there!");
});

test('case 10', () => {
  assert.deepEqual(longestWord("one  two   three"), "three");
});

test('case 11', () => {
  assert.deepEqual(longestWord("aaa bbb c"), "aaa");
});

test('case 12', () => {
  assert.deepEqual(longestWord("a"), "a");
});
