import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typoDistance } from './solution.js';

test('case 01', () => {
  assert.deepEqual(typoDistance("form", "from", { "delete": 1, "insert": 1, "replace": 1, "swap": 1 }), 1);
});

test('case 02', () => {
  assert.deepEqual(typoDistance("kitten", "sitting", { "delete": 1, "insert": 1, "replace": 1, "swap": 1 }), 3);
});

test('case 03', () => {
  assert.deepEqual(typoDistance("", "abc", { "delete": 3, "insert": 2, "replace": 4, "swap": 1 }), 6);
});

test('case 04', () => {
  assert.deepEqual(typoDistance("abc", "", { "delete": 3, "insert": 2, "replace": 4, "swap": 1 }), 9);
});

test('case 05', () => {
  assert.deepEqual(typoDistance("ab", "ba", { "delete": 1, "insert": 1, "replace": 1, "swap": 5 }), 2);
});

test('case 06', () => {
  assert.deepEqual(typoDistance("cat", "cut", { "delete": 1, "insert": 1, "replace": 5, "swap": 1 }), 2);
});

test('case 07', () => {
  assert.deepEqual(typoDistance("ca", "abc", { "delete": 1, "insert": 1, "replace": 1, "swap": 1 }), 3);
});

test('case 08', () => {
  assert.deepEqual(typoDistance("same", "same", { "delete": 1, "insert": 1, "replace": 1, "swap": 1 }), 0);
});

test('case 09', () => {
  assert.deepEqual(typoDistance("Abc", "abc", { "delete": 1, "insert": 1, "replace": 1, "swap": 1 }), 1);
});

test('case 10', () => {
  assert.deepEqual(typoDistance("abcdef", "badcfe", { "delete": 1, "insert": 1, "replace": 1, "swap": 1 }), 3);
});

test('case 11', () => {
  assert.deepEqual(typoDistance("xyz", "q", { "delete": 0, "insert": 0, "replace": 0, "swap": 0 }), 0);
});

test('case 12', () => {
  assert.deepEqual(typoDistance("recieve", "receive", { "delete": 3, "insert": 3, "replace": 2, "swap": 1 }), 1);
});

test('case 13', () => {
  assert.deepEqual(typoDistance("algorithm", "logarithm", { "delete": 2, "insert": 2, "replace": 3, "swap": 1 }), 5);
});

test('case 14', () => {
  assert.throws(() => typoDistance("a", "b", { "delete": 1, "insert": 1, "replace": 1 }));
});

test('case 15', () => {
  assert.throws(() => typoDistance("a", "b", { "delete": -1, "insert": 1, "replace": 1, "swap": 1 }));
});

test('case 16', () => {
  assert.throws(() => typoDistance("a", "b", { "copy": 0, "delete": 1, "insert": 1, "replace": 1, "swap": 1 }));
});
