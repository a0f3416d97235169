import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstBadBracket } from './solution.js';

test('case 01', () => {
  assert.deepEqual(firstBadBracket("a(b[c]d)e"), -1);
});

test('case 02', () => {
  assert.deepEqual(firstBadBracket("(]"), 1);
});

test('case 03', () => {
  assert.deepEqual(firstBadBracket(""), -1);
});

test('case 04', () => {
  assert.deepEqual(firstBadBracket("no brackets"), -1);
});

test('case 05', () => {
  assert.deepEqual(firstBadBracket(")"), 0);
});

test('case 06', () => {
  assert.deepEqual(firstBadBracket("(("), 0);
});

test('case 07', () => {
  assert.deepEqual(firstBadBracket("(()"), 0);
});

test('case 08', () => {
  assert.deepEqual(firstBadBracket("()("), 2);
});

test('case 09', () => {
  assert.deepEqual(firstBadBracket("{[()]}}"), 6);
});

test('case 10', () => {
  assert.deepEqual(firstBadBracket("([)]"), 2);
});

test('case 11', () => {
  assert.deepEqual(firstBadBracket("x{y[z]"), 1);
});

test('case 12', () => {
  assert.deepEqual(firstBadBracket("[]{}()"), -1);
});

test('case 13', () => {
  assert.deepEqual(firstBadBracket("(a{b)c}"), 4);
});

test('case 14', () => {
  assert.deepEqual(firstBadBracket("{}[("), 2);
});

test('case 15', () => {
  assert.deepEqual(firstBadBracket("((]"), 2);
});
