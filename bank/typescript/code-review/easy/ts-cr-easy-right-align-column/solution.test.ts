import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rightAlign } from './solution.js';

test('case 01', () => {
  assert.deepEqual(rightAlign(["1", "22", "333"]), ["  1", " 22", "333"]);
});

test('case 02', () => {
  assert.deepEqual(rightAlign(["apple", "fig"]), ["apple", "  fig"]);
});

test('case 03', () => {
  assert.deepEqual(rightAlign([]), []);
});

test('case 04', () => {
  assert.deepEqual(rightAlign([""]), [""]);
});

test('case 05', () => {
  assert.deepEqual(rightAlign(["x"]), ["x"]);
});

test('case 06', () => {
  assert.deepEqual(rightAlign(["", ""]), ["", ""]);
});

test('case 07', () => {
  assert.deepEqual(rightAlign(["", "ab"]), ["  ", "ab"]);
});

test('case 08', () => {
  assert.deepEqual(rightAlign(["same", "size"]), ["same", "size"]);
});

test('case 09', () => {
  assert.deepEqual(rightAlign([" a", "b"]), [" a", " b"]);
});

test('case 10', () => {
  assert.deepEqual(rightAlign(["10", "9", "100"]), [" 10", "  9", "100"]);
});

test('case 11', () => {
  assert.deepEqual(rightAlign(["a b", "cd"]), ["a b", " cd"]);
});
