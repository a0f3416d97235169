import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortByAlphabet } from './solution.js';

test('case 01', () => {
  assert.deepEqual(sortByAlphabet(["bca", "abc", "cab"], "cba"), ["cab", "bca", "abc"]);
});

test('case 02', () => {
  assert.deepEqual(sortByAlphabet(["z", "a", "y"], "y"), ["y", "a", "z"]);
});

test('case 03', () => {
  assert.deepEqual(sortByAlphabet([], "abc"), []);
});

test('case 04', () => {
  assert.deepEqual(sortByAlphabet(["b", "a"], ""), ["a", "b"]);
});

test('case 05', () => {
  assert.deepEqual(sortByAlphabet(["ab", "a", "abc"], "cba"), ["a", "ab", "abc"]);
});

test('case 06', () => {
  assert.deepEqual(sortByAlphabet(["Ab", "ab", "AB"], "ba"), ["ab", "Ab", "AB"]);
});

test('case 07', () => {
  assert.deepEqual(sortByAlphabet(["dog", "cat", "dog"], "dgoc"), ["dog", "dog", "cat"]);
});

test('case 08', () => {
  assert.deepEqual(sortByAlphabet(["a", ""], "a"), ["", "a"]);
});

test('case 09', () => {
  assert.deepEqual(sortByAlphabet(["apple", "apply", "app"], "ypl"), ["app", "apply", "apple"]);
});

test('case 10', () => {
  assert.deepEqual(sortByAlphabet(["b2", "b1", "b!"], "b"), ["b!", "b1", "b2"]);
});

test('case 11', () => {
  assert.deepEqual(sortByAlphabet(["zeta", "alpha", "zed"], "zyxwvutsrqponmlkjihgfedcba"), ["zeta", "zed", "alpha"]);
});

test('case 12', () => {
  assert.throws(() => sortByAlphabet(["a"], "abca"));
});

test('case 13', () => {
  assert.throws(() => sortByAlphabet([], "xx"));
});
