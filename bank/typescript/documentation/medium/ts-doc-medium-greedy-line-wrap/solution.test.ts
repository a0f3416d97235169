import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wrapWords } from './solution.js';

test('case 01', () => {
  assert.deepEqual(wrapWords("the quick brown fox", 10), ["the quick", "brown fox"]);
});

test('case 02', () => {
  assert.deepEqual(wrapWords("tiny enormousword x", 6), ["tiny", "enormousword", "x"]);
});

test('case 03', () => {
  assert.deepEqual(wrapWords("", 5), []);
});

test('case 04', () => {
  assert.deepEqual(wrapWords("   ", 3), []);
});

test('case 05', () => {
  assert.deepEqual(wrapWords("hello", 5), ["hello"]);
});

test('case 06', () => {
  assert.deepEqual(wrapWords("hello", 3), ["hello"]);
});

test('case 07', () => {
  assert.deepEqual(wrapWords("a b c d", 3), ["a b", "c d"]);
});

test('case 08', () => {
  assert.deepEqual(wrapWords("  lots   of    space  ", 8), ["lots of", "space"]);
});

test('case 09', () => {
  assert.deepEqual(wrapWords("aa bb cc", 5), ["aa bb", "cc"]);
});

test('case 10', () => {
  assert.deepEqual(wrapWords("aa bb cc", 4), ["aa", "bb", "cc"]);
});

test('case 11', () => {
  assert.deepEqual(wrapWords("one two three four five six", 14), ["one two three", "four five six"]);
});

test('case 12', () => {
  assert.deepEqual(wrapWords("x y", 1), ["x", "y"]);
});

test('case 13', () => {
  assert.deepEqual(wrapWords("ab cd ef", 100), ["ab cd ef"]);
});

test('case 14', () => {
  assert.deepEqual(wrapWords("go longwordhere ok no", 5), ["go", "longwordhere", "ok no"]);
});
