import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidIdentifier } from './solution.js';

test('case 01', () => {
  assert.deepEqual(isValidIdentifier("user_name"), true);
});

test('case 02', () => {
  assert.deepEqual(isValidIdentifier("2fast"), false);
});

test('case 03', () => {
  assert.deepEqual(isValidIdentifier(""), false);
});

test('case 04', () => {
  assert.deepEqual(isValidIdentifier("_"), true);
});

test('case 05', () => {
  assert.deepEqual(isValidIdentifier("a"), true);
});

test('case 06', () => {
  assert.deepEqual(isValidIdentifier("has space"), false);
});

test('case 07', () => {
  assert.deepEqual(isValidIdentifier("dash-ed"), false);
});

test('case 08', () => {
  assert.deepEqual(isValidIdentifier("CamelCase9"), true);
});

test('case 09', () => {
  assert.deepEqual(isValidIdentifier("abcdefghijabcdefghijabcdefghij"), true);
});

test('case 10', () => {
  assert.deepEqual(isValidIdentifier("abcdefghijabcdefghijabcdefghijk"), false);
});

test('case 11', () => {
  assert.deepEqual(isValidIdentifier("_9"), true);
});

test('case 12', () => {
  assert.deepEqual(isValidIdentifier("x.y"), false);
});

test('case 13', () => {
  assert.deepEqual(isValidIdentifier("9"), false);
});

test('case 14', () => {
  assert.deepEqual(isValidIdentifier("ok!"), false);
});
