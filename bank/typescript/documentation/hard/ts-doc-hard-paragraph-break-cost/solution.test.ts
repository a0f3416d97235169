import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breakCost } from './solution.js';

test('case 01', () => {
  assert.deepEqual(breakCost(["aaa", "bb", "cc", "ddddd"], 6), 10);
});

test('case 02', () => {
  assert.deepEqual(breakCost([], 5), 0);
});

test('case 03', () => {
  assert.deepEqual(breakCost(["hello"], 5), 0);
});

test('case 04', () => {
  assert.deepEqual(breakCost(["a", "b", "c"], 1), 0);
});

test('case 05', () => {
  assert.deepEqual(breakCost(["ab", "cd"], 4), 4);
});

test('case 06', () => {
  assert.deepEqual(breakCost(["one", "two"], 20), 0);
});

test('case 07', () => {
  assert.deepEqual(breakCost(["xx", "xxxxx", "xx", "xxxxxx"], 10), 4);
});

test('case 08', () => {
  assert.deepEqual(breakCost(["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"], 12), 22);
});

test('case 09', () => {
  assert.deepEqual(breakCost(["a", "bb", "ccc", "dddd", "eeeee", "f"], 7), 34);
});

test('case 10', () => {
  assert.deepEqual(breakCost(["aaaa", "b", "b", "aaaa"], 7), 1);
});

test('case 11', () => {
  assert.throws(() => breakCost(["toolongword"], 5));
});

test('case 12', () => {
  assert.throws(() => breakCost(["ok", "fine", "x"], 0));
});
