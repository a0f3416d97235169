import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alternatingCaps } from './solution.js';

test('case 01', () => {
  assert.deepEqual(alternatingCaps("hello"), "HeLlO");
});

test('case 02', () => {
  assert.deepEqual(alternatingCaps("HELLO WORLD"), "HeLlO wOrLd");
});

test('case 03', () => {
  assert.deepEqual(alternatingCaps(""), "");
});

test('case 04', () => {
  assert.deepEqual(alternatingCaps("123"), "123");
});

test('case 05', () => {
  assert.deepEqual(alternatingCaps("a"), "A");
});

test('case 06', () => {
  assert.deepEqual(alternatingCaps("ab cd"), "Ab Cd");
});

test('case 07', () => {
  assert.deepEqual(alternatingCaps("x-y-z"), "X-y-Z");
});

test('case 08', () => {
  assert.deepEqual(alternatingCaps("a1b2c3"), "A1b2C3");
});

test('case 09', () => {
  assert.deepEqual(alternatingCaps("   "), "   ");
});

test('case 10', () => {
  assert.deepEqual(alternatingCaps("zZ"), "Zz");
});

test('case 11', () => {
  assert.deepEqual(alternatingCaps("it's ok"), "It'S oK");
});
