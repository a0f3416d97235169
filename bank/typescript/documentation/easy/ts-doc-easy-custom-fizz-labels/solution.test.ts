import assert from 'node:assert/strict';
import { test } from 'node:test';
import { customFizzLabels } from './solution.js';

test('case 01', () => {
  assert.deepEqual(customFizzLabels(6, [2, 3], ["Foo", "Bar"]), ["1", "Foo", "Bar", "Foo", "5", "FooBar"]);
});

test('case 02', () => {
  assert.deepEqual(customFizzLabels(5, [2], ["Even"]), ["1", "Even", "3", "Even", "5"]);
});

test('case 03', () => {
  assert.deepEqual(customFizzLabels(0, [2], ["X"]), []);
});

test('case 04', () => {
  assert.deepEqual(customFizzLabels(3, [], []), ["1", "2", "3"]);
});

test('case 05', () => {
  assert.deepEqual(customFizzLabels(4, [1], ["A"]), ["A", "A", "A", "A"]);
});

test('case 06', () => {
  assert.deepEqual(customFizzLabels(6, [3, 2], ["Bar", "Foo"]), ["1", "Foo", "Bar", "Foo", "5", "BarFoo"]);
});

test('case 07', () => {
  assert.deepEqual(customFizzLabels(4, [2, 2], ["x", "y"]), ["1", "xy", "3", "xy"]);
});

test('case 08', () => {
  assert.deepEqual(customFizzLabels(1, [7], ["Z"]), ["1"]);
});

test('case 09', () => {
  assert.deepEqual(customFizzLabels(7, [7], ["Z"]), ["1", "2", "3", "4", "5", "6", "Z"]);
});

test('case 10', () => {
  assert.deepEqual(customFizzLabels(10, [4, 5], ["Q", "F"]), ["1", "2", "3", "Q", "F", "6", "7", "Q", "9", "F"]);
});

test('case 11', () => {
  assert.throws(() => customFizzLabels(3, [2], ["a", "b"]));
});

test('case 12', () => {
  assert.throws(() => customFizzLabels(3, [0], ["a"]));
});

test('case 13', () => {
  assert.throws(() => customFizzLabels(-1, [2], ["a"]));
});
