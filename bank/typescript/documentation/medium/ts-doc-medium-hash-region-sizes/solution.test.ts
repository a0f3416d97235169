import assert from 'node:assert/strict';
import { test } from 'node:test';
import { regionSizes } from './solution.js';

test('case 01', () => {
  assert.deepEqual(regionSizes(["##.", "#..", "..#"]), [3, 1]);
});

test('case 02', () => {
  assert.deepEqual(regionSizes(["##..##", "......", "###..#"]), [3, 2, 2, 1]);
});

test('case 03', () => {
  assert.deepEqual(regionSizes([]), []);
});

test('case 04', () => {
  assert.deepEqual(regionSizes(["..."]), []);
});

test('case 05', () => {
  assert.deepEqual(regionSizes(["#"]), [1]);
});

test('case 06', () => {
  assert.deepEqual(regionSizes(["#.#", ".#.", "#.#"]), [1, 1, 1, 1, 1]);
});

test('case 07', () => {
  assert.deepEqual(regionSizes(["###", "#.#", "###"]), [8]);
});

test('case 08', () => {
  assert.deepEqual(regionSizes(["#..#", "#..#", "####"]), [8]);
});

test('case 09', () => {
  assert.deepEqual(regionSizes([".#.", "###", ".#."]), [5]);
});

test('case 10', () => {
  assert.deepEqual(regionSizes(["#", "#", ".", "#"]), [2, 1]);
});

test('case 11', () => {
  assert.deepEqual(regionSizes(["#.#.#.#"]), [1, 1, 1, 1]);
});

test('case 12', () => {
  assert.deepEqual(regionSizes(["####", "....", "#..#", "####"]), [6, 4]);
});

test('case 13', () => {
  assert.deepEqual(regionSizes(["#####", "....#", "#####", "#....", "#####"]), [17]);
});
