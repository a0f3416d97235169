import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repeatedCharacters } from './solution.js';

test('case 01', () => {
  assert.deepEqual(repeatedCharacters("programming"), "rgm");
});

test('case 02', () => {
  assert.deepEqual(repeatedCharacters("banana"), "an");
});

test('case 03', () => {
  assert.deepEqual(repeatedCharacters("abc"), "");
});

test('case 04', () => {
  assert.deepEqual(repeatedCharacters(""), "");
});

test('case 05', () => {
  assert.deepEqual(repeatedCharacters("aa"), "a");
});

test('case 06', () => {
  assert.deepEqual(repeatedCharacters("aA"), "");
});

test('case 07', () => {
  assert.deepEqual(repeatedCharacters("a b c"), " ");
});

test('case 08', () => {
  assert.deepEqual(repeatedCharacters("112233"), "123");
});

test('case 09', () => {
  assert.deepEqual(repeatedCharacters("abcabc"), "abc");
});

test('case 10', () => {
  assert.deepEqual(repeatedCharacters("zzzz"), "z");
});

test('case 11', () => {
  assert.deepEqual(repeatedCharacters("hello world"), "lo");
});

test('case 12', () => {
  assert.deepEqual(repeatedCharacters("Mississippi"), "isp");
});
