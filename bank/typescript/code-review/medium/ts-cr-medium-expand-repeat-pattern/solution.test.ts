import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandPattern } from './solution.js';

test('case 01', () => {
  assert.deepEqual(expandPattern("a*3b"), "aaab");
});

test('case 02', () => {
  assert.deepEqual(expandPattern("(ab)*2c"), "ababc");
});

test('case 03', () => {
  assert.deepEqual(expandPattern(""), "");
});

test('case 04', () => {
  assert.deepEqual(expandPattern("abc"), "abc");
});

test('case 05', () => {
  assert.deepEqual(expandPattern("(a(bc)*2)*2"), "abcbcabcbc");
});

test('case 06', () => {
  assert.deepEqual(expandPattern("x*0y"), "y");
});

test('case 07', () => {
  assert.deepEqual(expandPattern("(ab)*0"), "");
});

test('case 08', () => {
  assert.deepEqual(expandPattern("()*5a"), "a");
});

test('case 09', () => {
  assert.deepEqual(expandPattern("(a)"), "a");
});

test('case 10', () => {
  assert.deepEqual(expandPattern("a*10"), "aaaaaaaaaa");
});

test('case 11', () => {
  assert.deepEqual(expandPattern("((z)*2)*3"), "zzzzzz");
});

test('case 12', () => {
  assert.deepEqual(expandPattern("q(r*2s)*2t"), "qrrsrrst");
});

test('case 13', () => {
  assert.deepEqual(expandPattern("a*1b*01"), "ab");
});

test('case 14', () => {
  assert.deepEqual(expandPattern("(x)*2(y*3)z"), "xxyyyz");
});
