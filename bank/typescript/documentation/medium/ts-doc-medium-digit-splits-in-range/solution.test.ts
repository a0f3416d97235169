import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitInRange } from './solution.js';

test('case 01', () => {
  assert.deepEqual(splitInRange("123", 1, 99), ["1-2-3", "1-23", "12-3"]);
});

test('case 02', () => {
  assert.deepEqual(splitInRange("100", 0, 100), ["1-0-0", "10-0", "100"]);
});

test('case 03', () => {
  assert.deepEqual(splitInRange("", 0, 10), []);
});

test('case 04', () => {
  assert.deepEqual(splitInRange("0", 0, 0), ["0"]);
});

test('case 05', () => {
  assert.deepEqual(splitInRange("105", 1, 200), ["10-5", "105"]);
});

test('case 06', () => {
  assert.deepEqual(splitInRange("999", 1000, 2000), []);
});

test('case 07', () => {
  assert.deepEqual(splitInRange("2468", 2, 8), ["2-4-6-8"]);
});

test('case 08', () => {
  assert.deepEqual(splitInRange("1111", 1, 11), ["1-1-1-1", "1-1-11", "1-11-1", "11-1-1", "11-11"]);
});

test('case 09', () => {
  assert.deepEqual(splitInRange("007", 0, 7), ["0-0-7"]);
});

test('case 10', () => {
  assert.deepEqual(splitInRange("25525", 0, 255), ["2-5-5-2-5", "2-5-5-25", "2-5-52-5", "2-55-2-5", "2-55-25", "25-5-2-5", "25-5-25", "25-52-5", "255-2-5", "255-25"]);
});

test('case 11', () => {
  assert.deepEqual(splitInRange("5", 6, 9), []);
});

test('case 12', () => {
  assert.deepEqual(splitInRange("10", 10, 10), ["10"]);
});

test('case 13', () => {
  assert.deepEqual(splitInRange("999999999999", 999999999999, 999999999999), ["999999999999"]);
});
