import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cheapestSplit } from './solution.js';

test('case 01', () => {
  assert.deepEqual(cheapestSplit("catsand", { "and": 2, "cat": 3, "cats": 4, "sand": 2 }), ["cat", "sand"]);
});

test('case 02', () => {
  assert.deepEqual(cheapestSplit("", {}), []);
});

test('case 03', () => {
  assert.deepEqual(cheapestSplit("abc", { "a": 1, "abc": 3, "b": 1, "c": 1 }), ["abc"]);
});

test('case 04', () => {
  assert.deepEqual(cheapestSplit("abcd", { "a": 1, "ab": 1, "bcd": 1, "cd": 1 }), ["a", "bcd"]);
});

test('case 05', () => {
  assert.deepEqual(cheapestSplit("aaaa", { "a": 0, "aa": 0 }), ["aa", "aa"]);
});

test('case 06', () => {
  assert.deepEqual(cheapestSplit("xyz", { "x": 1, "xyz": 10, "y": 1, "z": 1 }), ["x", "y", "z"]);
});

test('case 07', () => {
  assert.deepEqual(cheapestSplit("penpineapple", { "apple": 2, "pen": 1, "pine": 2, "pineapple": 3 }), ["pen", "pineapple"]);
});

test('case 08', () => {
  assert.deepEqual(cheapestSplit("AB", { "A": 1, "AB": 2, "B": 1, "a": 0 }), ["AB"]);
});

test('case 09', () => {
  assert.deepEqual(cheapestSplit("abab", { "a": 1, "ab": 2, "aba": 2, "b": 1, "ba": 2, "bab": 2 }), ["a", "bab"]);
});

test('case 10', () => {
  assert.deepEqual(cheapestSplit("Ab", { "A": 1, "ab": 0, "b": 1 }), ["A", "b"]);
});

test('case 11', () => {
  assert.deepEqual(cheapestSplit("ababbabaab", { "a": 2, "ab": 3, "abb": 4, "b": 2, "ba": 3, "baa": 4, "bab": 5 }), ["ab", "ab", "ba", "ba", "ab"]);
});

test('case 12', () => {
  assert.throws(() => cheapestSplit("dog", { "do": 1 }));
});

test('case 13', () => {
  assert.throws(() => cheapestSplit("abc", {}));
});
