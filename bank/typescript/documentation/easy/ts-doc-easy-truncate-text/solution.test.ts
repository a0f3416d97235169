import assert from 'node:assert/strict';
import { test } from 'node:test';
import { truncateText } from './solution.js';

test('case 01', () => {
  assert.deepEqual(truncateText("Hello, world", 8), "Hello...");
});

test('case 02', () => {
  assert.deepEqual(truncateText("short", 10), "short");
});

test('case 03', () => {
  assert.deepEqual(truncateText("", 3), "");
});

test('case 04', () => {
  assert.deepEqual(truncateText("abc", 3), "abc");
});

test('case 05', () => {
  assert.deepEqual(truncateText("abcd", 3), "...");
});

test('case 06', () => {
  assert.deepEqual(truncateText("abcdef", 5), "ab...");
});

test('case 07', () => {
  assert.deepEqual(truncateText("exact", 5), "exact");
});

test('case 08', () => {
  assert.deepEqual(truncateText("exactly", 6), "exa...");
});

test('case 09', () => {
  assert.deepEqual(truncateText("  spaced  ", 4), " ...");
});

test('case 10', () => {
  assert.deepEqual(truncateText("a", 100), "a");
});

test('case 11', () => {
  assert.throws(() => truncateText("abc", 2));
});

test('case 12', () => {
  assert.throws(() => truncateText("", 0));
});

test('case 13', () => {
  assert.throws(() => truncateText("x", -1));
});
