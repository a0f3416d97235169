import assert from 'node:assert/strict';
import { test } from 'node:test';
import { letterFrequency } from './solution.js';

test('case 01', () => {
  assert.deepEqual(letterFrequency("Hello"), { "e": 1, "h": 1, "l": 2, "o": 1 });
});

test('case 02', () => {
  assert.deepEqual(letterFrequency("AaBb a"), { "a": 3, "b": 2 });
});

test('case 03', () => {
  assert.deepEqual(letterFrequency(""), {});
});

test('case 04', () => {
  assert.deepEqual(letterFrequency("123 !?"), {});
});

test('case 05', () => {
  assert.deepEqual(letterFrequency("z"), { "z": 1 });
});

test('case 06', () => {
  assert.deepEqual(letterFrequency("Zz-Zz"), { "z": 4 });
});

test('case 07', () => {
  assert.deepEqual(letterFrequency("The cat"), { "a": 1, "c": 1, "e": 1, "h": 1, "t": 2 });
});

test('case 08', () => {
  assert.deepEqual(letterFrequency("aaaaa"), { "a": 5 });
});

test('case 09', () => {
  assert.deepEqual(letterFrequency("A1b2C3"), { "a": 1, "b": 1, "c": 1 });
});

test('case 10', () => {
  assert.deepEqual(letterFrequency("Mississippi"), { "i": 4, "m": 1, "p": 2, "s": 4 });
});

test('case 11', () => {
  assert.deepEqual(letterFrequency("   "), {});
});

test('case 12', () => {
  assert.deepEqual(letterFrequency("XyZ xYz"), { "x": 2, "y": 2, "z": 2 });
});
